package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// The jsonXxx types mirror the contract (../shared/CONTRACT.md, version 1) field by
// field. Pointers and nil slices are how unknown values become null, never invented.

type jsonDoc struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Language  *string `json:"language"`
	Title     *string `json:"title"`
}

type jsonAttribution struct {
	Method     *string `json:"method"`
	Cue        *string `json:"cue"`
	Confidence float64 `json:"confidence"`
}

type jsonQuote struct {
	ID             string          `json:"id"`
	Doc            string          `json:"doc"`
	Text           string          `json:"text"`
	Start          int             `json:"start"`
	End            int             `json:"end"`
	Line           int             `json:"line"`
	Col            int             `json:"col"`
	Kind           string          `json:"kind"`
	Speaker        *string         `json:"speaker"`
	SpeakerMention *string         `json:"speaker_mention"`
	Attribution    jsonAttribution `json:"attribution"`
	CitedSource    *string         `json:"cited_source"`
}

type jsonEdit struct {
	Op   string `json:"op"`
	From string `json:"from"`
	To   string `json:"to"`
}

type jsonDrift struct {
	Score float64    `json:"score"`
	Edits []jsonEdit `json:"edits"`
	Flags []string   `json:"flags"`
}

type jsonMember struct {
	Quote      string    `json:"quote"`
	Relation   string    `json:"relation"`
	Similarity float64   `json:"similarity"`
	Drift      jsonDrift `json:"drift"`
}

type jsonFirst struct {
	Quote     *string `json:"quote"`
	Doc       *string `json:"doc"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
}

type jsonCluster struct {
	ID        string       `json:"id"`
	Speakers  []string     `json:"speakers"`
	Reference string       `json:"reference"`
	First     jsonFirst    `json:"first"`
	FirstTied []string     `json:"first_tied"`
	Origin    *string      `json:"origin"`
	Members   []jsonMember `json:"members"`
}

type jsonResult struct {
	Version   int            `json:"version"`
	Documents []jsonDoc      `json:"documents"`
	Quotes    []jsonQuote    `json:"quotes"`
	Clusters  *[]jsonCluster `json:"clusters,omitempty"` // nil for extract; trace writes [] when empty
}

// JSON writes r as the contract's extract object, or as its trace object when r has
// clusters (trace always writes the "clusters" key, extract never).
func JSON(w io.Writer, r Result, withClusters bool) error {
	out := jsonResult{Version: Version, Documents: []jsonDoc{}, Quotes: []jsonQuote{}}
	for _, d := range r.Documents {
		out.Documents = append(out.Documents, docJSON(d))
	}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, quoteJSON(q))
	}
	if withClusters {
		clusters := []jsonCluster{}
		for _, c := range r.Clusters {
			clusters = append(clusters, clusterJSON(c))
		}
		out.Clusters = &clusters
	}
	return writeJSON(w, out)
}

// writeJSON encodes v indented, without HTML escaping (quotes contain < and &).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// orNull returns nil for an empty string, so unknown values print as null.
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// round3 keeps three decimals: enough to compare, stable in golden files.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

func docJSON(d *document.Document) jsonDoc {
	return jsonDoc{
		ID: d.ID, Path: d.Path,
		Outlet:    orNull(d.Meta.Outlet),
		URL:       orNull(d.Meta.URL),
		Published: orNull(d.Meta.Published.Raw),
		Language:  orNull(d.Meta.Language),
		Title:     orNull(d.Meta.Title),
	}
}

func quoteJSON(q *quotes.Quote) jsonQuote {
	line, col := q.Doc.Position(q.Span.Start)
	return jsonQuote{
		ID: q.ID, Doc: q.Doc.ID, Text: q.Text,
		Start: q.Span.Start, End: q.Span.End, Line: line, Col: col,
		Kind:           string(q.Kind),
		Speaker:        orNull(q.Speaker),
		SpeakerMention: orNull(q.SpeakerMention),
		Attribution: jsonAttribution{
			Method:     orNull(string(q.Attribution.Method)),
			Cue:        orNull(q.Attribution.Cue),
			Confidence: round3(q.Attribution.Confidence),
		},
		CitedSource: orNull(q.CitedSource),
	}
}

func clusterJSON(c match.Cluster) jsonCluster {
	jc := jsonCluster{
		ID: c.ID, Speakers: append([]string{}, c.Speakers...),
		FirstTied: []string{},
		Origin:    orNull(c.Origin),
		Members:   []jsonMember{},
	}
	if c.Reference != nil {
		jc.Reference = c.Reference.ID
	}
	if f := c.First; f != nil {
		jc.First = jsonFirst{Quote: orNull(f.ID), Doc: orNull(f.Doc.ID),
			Outlet: orNull(f.Doc.Meta.Outlet), Published: orNull(f.Doc.Meta.Published.Raw)}
	}
	for _, t := range c.FirstTied {
		jc.FirstTied = append(jc.FirstTied, t.ID)
	}
	for _, m := range c.Members {
		jc.Members = append(jc.Members, memberJSON(m))
	}
	return jc
}

func memberJSON(m match.Member) jsonMember {
	return jsonMember{Quote: m.Quote.ID, Relation: string(m.Relation),
		Similarity: round3(m.Similarity), Drift: driftJSON(m.Drift)}
}

func driftJSON(dr match.Drift) jsonDrift {
	d := jsonDrift{Score: round3(dr.Score), Edits: []jsonEdit{}, Flags: []string{}}
	for _, e := range dr.Edits {
		d.Edits = append(d.Edits, jsonEdit{Op: string(e.Op), From: e.From, To: e.To})
	}
	for _, f := range dr.Flags {
		d.Flags = append(d.Flags, string(f))
	}
	return d
}
