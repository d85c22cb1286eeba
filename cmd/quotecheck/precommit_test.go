package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPreCommitHook runs the real pre-commit against a throw-away git repository with
// this repository's committed .pre-commit-hooks.yaml (pre-commit try-repo builds quotecheck with
// go install, so it needs the Go module proxy). It must fail on a bad draft and pass on
// a clean one. Skipped when pre-commit is not installed, except under CI=true, where
// the CI script installs it and a skip would hide a broken hook.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds quotecheck through pre-commit; skipped with -short")
	}
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pre-commit is not installed (the CI script should apt-get install pre-commit)")
		}
		t.Skip("pre-commit not installed")
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	work := t.TempDir()
	// pre-commit gives the hook its own GOPATH; pointing GOMODCACHE at ours reuses the
	// modules already downloaded instead of fetching them again.
	modCache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	require.NoError(t, err)
	env := append(os.Environ(),
		"GOMODCACHE="+strings.TrimSpace(string(modCache)),
		"PRE_COMMIT_HOME="+t.TempDir(), // one build for both runs, never the user's cache
		"GIT_AUTHOR_NAME=quotecheck test", "GIT_AUTHOR_EMAIL=test@example.invalid",
		"GIT_COMMITTER_NAME=quotecheck test", "GIT_COMMITTER_EMAIL=test@example.invalid",
		"NO_COLOR=1")
	runIn := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	// The hook is tried from a clone of HEAD: the committed state is what users and CI
	// get, and uncommitted work of others in this checkout must not leak into the build.
	clone := filepath.Join(t.TempDir(), "quotecheck")
	out, err := runIn("git", "clone", "-q", root, clone)
	require.NoError(t, err, out)
	out, err = runIn("git", "init", "-q")
	require.NoError(t, err, out)
	for _, name := range []string{"negation.md", "clean.md"} {
		data, err := os.ReadFile(filepath.Join(draftsDir, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(work, name), data, 0o644))
	}
	out, err = runIn("git", "add", ".")
	require.NoError(t, err, out)

	out, err = runIn(preCommit, "try-repo", clone, "quotecheck", "--files", "negation.md")
	require.Error(t, err, "the hook must fail on a bad draft:\n%s", out)
	require.Contains(t, out, "quote-altered", out)
	require.True(t, strings.Contains(out, "Failed"), out)

	out, err = runIn(preCommit, "try-repo", clone, "quotecheck", "--files", "clean.md")
	require.NoError(t, err, "the hook must pass on a clean draft:\n%s", out)
	require.Contains(t, out, "Passed", out)
}
