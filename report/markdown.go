package report

import (
	"fmt"
	"io"
	"strings"
)

// Markdown writes the trace as GitHub-flavoured Markdown for course notes and issues:
// a summary table, a legend of the drift flags, then one section per passage found two
// or more times (most carried first) with its reference wording as a block quote and
// its variants in a table, the word diff as ~~deleted~~ **inserted**. Every text from a
// document is escaped, so quote text cannot break a table or become markup.
func Markdown(w io.Writer, r Result) error {
	v := buildView(r)
	o := v.Overview
	var sb strings.Builder
	sb.WriteString("# Quotation trace\n\n")
	sb.WriteString("| Documents | Outlets | Published | Quotations | Passages in 2+ outlets | Speakers | Variants with meaning-changing edits |\n")
	sb.WriteString("| ---: | ---: | --- | ---: | ---: | ---: | ---: |\n")
	published := dateRange(o)
	if o.Undated > 0 {
		published += fmt.Sprintf(" (%d undated)", o.Undated)
	}
	fmt.Fprintf(&sb, "| %d | %d | %s | %d | %d | %d | %d |\n\n", o.Documents, o.Outlets,
		mdEscape(published), o.Quotes, o.AcrossOutlets, o.Speakers, o.FlaggedVariants)
	fmt.Fprintf(&sb, "Passages in all: %d; quoted two or more times (listed below): %d; quoted once (counted, not listed): %d.\n\n",
		o.Clusters, o.Passages, o.Singletons)
	sb.WriteString("Wording is compared with each passage's reference: ~~deleted words~~ are struck through, **inserted words** are bold. Flags mark edits that can change the meaning:\n\n")
	for _, f := range flagOrder {
		fmt.Fprintf(&sb, "- **%s**: %s\n", f, mdEscape(flagHelp[f]))
	}
	for _, p := range v.Passages {
		writePassageMarkdown(&sb, p)
	}
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// writePassageMarkdown writes one passage: heading, reference, facts, variants table.
func writePassageMarkdown(sb *strings.Builder, p passage) {
	plural := "s"
	if len(p.Outlets) == 1 {
		plural = ""
	}
	fmt.Fprintf(sb, "\n## %s: %s\n\n", mdEscape(p.ID), mdEscape(speakerLabel(p.Speakers)))
	fmt.Fprintf(sb, "%d quotations in %d outlet%s", len(p.Members), len(p.Outlets), plural)
	if p.Flagged > 0 {
		fmt.Fprintf(sb, ", %d with meaning-changing edits", p.Flagged)
	}
	sb.WriteString(".\n\n")
	if p.Reference != nil {
		fmt.Fprintf(sb, "> %s\n\n", mdEscape(oneLine(p.Reference.Text)))
	}
	fmt.Fprintf(sb, "- First appearance: %s\n", mdEscape(firstHTMLText(p.First)))
	if p.Origin != "" {
		fmt.Fprintf(sb, "- Credited origin: %s\n\n", mdEscape(p.Origin))
	} else {
		sb.WriteString("- Credited origin: none credited\n\n")
	}
	sb.WriteString("| Outlet | Wording compared with the reference | Date | Relation | Similarity | Flags |\n")
	sb.WriteString("| --- | --- | --- | --- | ---: | --- |\n")
	for _, m := range p.Members {
		date := m.Date
		if date == "" {
			date = "no date"
		}
		wording := "*the reference wording, quoted above*"
		switch {
		case m.Unaligned:
			wording = mdEscape(oneLine(m.Quote.Text)) + " *(no word in common with the reference)*"
		case !m.IsReference:
			wording = diffMarkdown(m.Diff)
		}
		fmt.Fprintf(sb, "| %s | %s | %s | %s | %.2f | %s |\n", mdEscape(m.Outlet), wording,
			mdEscape(date), m.Relation, m.Similarity, strings.Join(flagNames(m.Flags), ", "))
	}
}

// diffMarkdown renders diff segments as ~~deleted~~ **inserted**, escaped for a table.
func diffMarkdown(segs []diffSegment) string {
	parts := make([]string, 0, len(segs))
	for _, s := range segs {
		t := mdEscape(oneLine(s.Text))
		switch s.Op {
		case diffDelete:
			t = "~~" + t + "~~"
		case diffInsert:
			t = "**" + t + "**"
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// mdInline are the characters that Markdown (CommonMark and GitHub's tables) can read as
// markup anywhere in a line: emphasis, code, links, HTML, entities, strike-through and
// table cells. Each is backslash-escaped, which CommonMark allows for ASCII punctuation.
const mdInline = "\\`*_[]<>|~&"

// mdLineStart are the characters that are markup only at the start of a line
// (headings, list items); they are escaped there.
const mdLineStart = "#-+="

// mdEscape makes s literal text on one line of Markdown: line breaks become spaces and
// markup characters are backslash-escaped, so a quote cannot break a table or a list.
func mdEscape(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	var sb strings.Builder
	for i, r := range s {
		if r < 128 && (strings.ContainsRune(mdInline, r) || i == 0 && strings.ContainsRune(mdLineStart, r)) {
			sb.WriteByte('\\')
		}
		// "1. " or "1) " at the start would open an ordered list.
		if i > 0 && (r == '.' || r == ')') && isDigits(s[:i]) {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
