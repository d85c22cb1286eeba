package report

import (
	"fmt"
	"io"
	"strings"
)

// TraceText writes the trace for people on a terminal: one block per passage found two
// or more times (most carried first) with its speakers, reference wording, first
// appearance, credited origin and every member with an inline word diff against the
// reference in git's markers, [-deleted-]{+inserted+} (red and green on top when
// opt.Color); then a one-line summary. Passages found once are counted, not listed.
func TraceText(w io.Writer, r Result, opt TextOptions) error {
	v := buildView(r)
	var sb strings.Builder
	for _, p := range v.Passages {
		writePassageText(&sb, p, opt)
		sb.WriteString("\n")
	}
	o := v.Overview
	fmt.Fprintf(&sb, "%d quotations, %d clusters (%d found 2+ times, %d once), "+
		"%d across 2+ outlets, %d variants with meaning-changing edits\n",
		o.Quotes, o.Clusters, o.Passages, o.Singletons, o.AcrossOutlets, o.FlaggedVariants)
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("write trace: %w", err)
	}
	return nil
}

// writePassageText writes one passage block.
func writePassageText(sb *strings.Builder, p passage, opt TextOptions) {
	fmt.Fprintf(sb, "%s  %s: %s in %s\n", p.ID, speakerLabel(p.Speakers),
		plural(len(p.Members), "quote"), plural(len(p.Outlets), "outlet"))
	if p.Reference != nil {
		fmt.Fprintf(sb, "  reference: “%s”\n", oneLine(p.Reference.Text))
	}
	fmt.Fprintf(sb, "  %s\n", firstText(p.First))
	if p.Origin != "" {
		fmt.Fprintf(sb, "  credited origin: %s\n", p.Origin)
	} else {
		sb.WriteString("  no credited origin\n")
	}
	for _, m := range p.Members {
		date := m.Date
		if date == "" {
			date = "no date"
		}
		fmt.Fprintf(sb, "  - %s, %s: %s %.2f", m.Outlet, date, m.Relation, m.Similarity)
		if len(m.Flags) > 0 {
			fmt.Fprintf(sb, " [%s]", strings.Join(flagNames(m.Flags), ", "))
		}
		switch {
		case m.Unaligned:
			sb.WriteString("\n      (no word in common with the reference) " + oneLine(m.Quote.Text))
		case !m.IsReference: // the reference's wording is printed above
			sb.WriteString("\n      " + diffText(m.Diff, opt))
		}
		sb.WriteString("\n")
	}
}

// firstText is the first-appearance line: "first: Meduza, 2025-11-27", or with every
// outlet sharing the earliest date "first: 2025-11-26, tied: A, B".
func firstText(f firstSeen) string {
	switch {
	case len(f.Outlets) == 0 || f.Date == "":
		return "first: unknown (no member's document is dated)"
	case f.Tied():
		return fmt.Sprintf("first: %s, tied: %s", f.Date, strings.Join(f.Outlets, ", "))
	}
	return fmt.Sprintf("first: %s, %s", f.Outlets[0], f.Date)
}

// diffText renders diff segments with git's word-diff markers, coloured when allowed.
// A replacement reads as one unit: no space between a deletion and its insertion.
func diffText(segs []diffSegment, opt TextOptions) string {
	var sb strings.Builder
	for i, s := range segs {
		if i > 0 && !(s.Op == diffInsert && segs[i-1].Op == diffDelete) {
			sb.WriteByte(' ')
		}
		t := oneLine(s.Text)
		switch s.Op {
		case diffDelete:
			t = paint("[-"+t+"-]", ansiRed, opt)
		case diffInsert:
			t = paint("{+"+t+"+}", ansiGreen, opt)
		}
		sb.WriteString(t)
	}
	return sb.String()
}

// oneLine folds white space runs (line breaks of transcripts included) to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
