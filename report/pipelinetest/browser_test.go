package pipelinetest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/report"
)

// browserTimeout bounds the whole browser session; a cold Chromium start on the
// shared 2-core machine took about 3 s, the checks under 2 s more.
const browserTimeout = 90 * time.Second

// dmitrievOutlets are the five outlets that carry Dmitriev's "as close as possible"
// passage in the seeds (seeds/sources.tsv; gold cluster dmitriev-close-as-possible).
var dmitrievOutlets = []string{"bne IntelliNews", "The Insider",
	"Spanish-language daily (machine translation)", "The Witkoff Leak (blog)", "Meduza"}

// findBrowser returns the Chromium or Chrome executable, or "" when none is installed.
func findBrowser() string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserReport opens the seeds' HTML report from file:// in headless Chromium and
// uses it as a reader would: no console error, no network request, the Dmitriev
// passage with its five outlets, and the three filters hiding and showing sections.
// It saves full-page screenshots (desktop and phone width) in a temp dir, and the
// desktop one also at $QUOTECHECK_SCREENSHOT when set (the phone one beside it, with
// "-phone" added to the name).
func TestBrowserReport(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium/Chrome installed, and CI=true: the browser test must run in CI")
		}
		t.Skip("no Chromium/Chrome found (install chromium to run the browser test)")
	}
	var html bytes.Buffer
	require.NoError(t, report.HTML(&html, seedsResult(t)))
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(page, html.Bytes(), 0o644))
	pageURL := (&url.URL{Scheme: "file", Path: page}).String()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	var mu sync.Mutex
	var problems, requests []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				problems = append(problems, fmt.Sprintf("console.%s: %s", e.Type, consoleArgs(e.Args)))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+exceptionText(e.ExceptionDetails))
		case *log.EventEntryAdded:
			if e.Entry != nil && e.Entry.Level == log.EntryLevelError {
				problems = append(problems, fmt.Sprintf("browser log (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		case *network.EventRequestWillBeSent:
			if e.Request != nil {
				requests = append(requests, e.Request.URL)
			}
		}
	}
	// Listen starts the browser and subscribes before the page loads, so nothing
	// the page does at load time is missed.
	require.NoError(t, chromedp.Listen(ctx, listen))
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(pageURL), chromedp.WaitReady(chromedp.ID("filter-count"))))

	t.Run("dmitriev passage shows its five outlets", func(t *testing.T) {
		type passage struct {
			ID      string
			Outlets []string
		}
		found, err := chromedp.Run(ctx, chromedp.Evaluate[passage](`(() => {
			const secs = [...document.querySelectorAll("section.passage")].filter(s => {
				const r = s.querySelector("blockquote.ref");
				return r && r.textContent.includes("as close");
			});
			secs.sort((a, b) => b.dataset.outlets.split("|").length - a.dataset.outlets.split("|").length);
			if (!secs.length) return {ID: "", Outlets: []};
			const s = secs[0];
			return {ID: s.id, Outlets: [...new Set([...s.querySelectorAll("td.outlet")].map(td => td.textContent.trim()))]};
		})()`))
		require.NoError(t, err)
		require.NotEmpty(t, found.ID, "no passage whose reference mentions \"as close\"")
		assert.ElementsMatch(t, dmitrievOutlets, found.Outlets,
			"passage %s should be carried by the five outlets (a failure here can be the clustering)", found.ID)
	})

	t.Run("search box hides and shows", func(t *testing.T) {
		all := visibleSections(t, ctx)
		require.Greater(t, len(all), 1, "need two or more passages to test filtering")
		require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("filter-text"), "as close")))
		shown := visibleSections(t, ctx)
		assert.NotEmpty(t, shown, "a search for \"as close\" should keep the Dmitriev passage")
		assert.Less(t, len(shown), len(all), "a search should hide passages without the words")
		allMatch, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll("section.passage:not([hidden])")]
			.every(s => s.dataset.text.includes("as close"))`))
		require.NoError(t, err)
		assert.True(t, allMatch, "every shown passage contains the searched words")
		setInput(t, ctx, "#filter-text", "", "input")
		assert.Equal(t, all, visibleSections(t, ctx), "clearing the search shows every passage")
	})

	t.Run("speaker filter hides and shows", func(t *testing.T) {
		all := visibleSections(t, ctx)
		speaker, err := chromedp.Run(ctx, chromedp.Evaluate[string](
			`(document.querySelector("#filter-speaker option:nth-child(2)") || {value: ""}).value`))
		require.NoError(t, err)
		require.NotEmpty(t, speaker, "the speaker filter lists no speaker")
		setInput(t, ctx, "#filter-speaker", speaker, "change")
		shown := visibleSections(t, ctx)
		assert.NotEmpty(t, shown)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`[...document.querySelectorAll("section.passage:not([hidden])")]
			.every(s => %q === "-" ? s.dataset.speakers === "" : s.dataset.speakers.split("|").includes(%q))`, speaker, speaker)))
		require.NoError(t, err)
		assert.True(t, ok, "every shown passage has speaker %s", speaker)
		assert.Less(t, len(shown), len(all), "speaker %s should not cover every passage", speaker)
		setInput(t, ctx, "#filter-speaker", "", "change")
		assert.Equal(t, all, visibleSections(t, ctx))
	})

	t.Run("meaning-changing checkbox hides and shows", func(t *testing.T) {
		all := visibleSections(t, ctx)
		changed, err := chromedp.Run(ctx, chromedp.Evaluate[int](
			`document.querySelectorAll('section.passage[data-changed="true"]').length`))
		require.NoError(t, err)
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("filter-changed"))))
		assert.Len(t, visibleSections(t, ctx), changed, "only passages with meaning-changing edits")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("filter-changed"))))
		assert.Equal(t, all, visibleSections(t, ctx))
	})

	t.Run("screenshots", func(t *testing.T) {
		// The first screen (what a reader sees on opening the report) is the picture
		// for the README; the full page is kept beside it for review.
		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1100)))
		_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0), true`))
		require.NoError(t, err)
		top, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "report-top.png"), top, 0o644))
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "report.png"), png, 0o644))
		if out := os.Getenv("QUOTECHECK_SCREENSHOT"); out != "" {
			require.NoError(t, os.WriteFile(out, top, 0o644))
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)))
		overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
		require.NoError(t, err)
		assert.False(t, overflow, "at phone width the page must not overflow sideways (tables scroll)")
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "report-phone.png"), png, 0o644))
		if out := os.Getenv("QUOTECHECK_SCREENSHOT"); out != "" {
			phone := strings.TrimSuffix(out, filepath.Ext(out)) + "-phone.png"
			require.NoError(t, os.WriteFile(phone, png, 0o644))
		}
		t.Logf("screenshots in %s", dir)
	})

	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, problems, "console errors or exceptions")
	for _, u := range requests {
		assert.Equal(t, pageURL, u, "the report must make no request but its own file")
	}
}

// visibleSections returns the ids of the passages not hidden by the filters.
func visibleSections(t *testing.T, ctx context.Context) []string {
	t.Helper()
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("section.passage:not([hidden])")].map(s => s.id)`))
	require.NoError(t, err)
	return ids
}

// setInput sets a form control's value and fires the event the page listens to.
func setInput(t *testing.T, ctx context.Context, sel, value, event string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event(%q)); })()`,
		sel, value, event))))
}

// consoleArgs joins a console call's arguments for a failure message.
func consoleArgs(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		if len(a.Value) > 0 {
			parts = append(parts, string(a.Value))
		} else {
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// exceptionText is an exception's message for a failure message.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "unknown exception"
	}
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Exception.Description
	}
	return d.Text
}
