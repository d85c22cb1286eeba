// Package match groups quotations that render the same passage and measures how their
// wording drifted. It normalises text without losing positions, scores the similarity
// of two quotations on words (0..1, 1 = same), decides their relation (verbatim,
// normalized, fragment, variant), clusters a run's quotes through an inverted index of
// rare word n-grams (never all pairs), computes word-level drift against each
// cluster's reference with the edits that can change meaning, and names each
// cluster's first appearance and credited origin.
//
// match knows nothing of output formats: it returns values that package report renders.
package match

import "github.com/quotecheck/quotecheck/quotes"

// Relation is how a cluster member relates to the cluster's reference quote.
type Relation string

// Relations, from closest to loosest. The values appear in JSON output.
const (
	RelReference  Relation = "reference"  // the member is the reference itself
	RelVerbatim   Relation = "verbatim"   // same characters
	RelNormalized Relation = "normalized" // same words after folding case, punctuation, marks, brackets, ellipses
	RelFragment   Relation = "fragment"   // its words lie inside the reference, or the reference's inside it
	RelVariant    Relation = "variant"    // another translation or paraphrase of the same passage
	RelUnrelated  Relation = "unrelated"  // not the same passage (never a cluster member)
)

// Flag names an edit that can change a quotation's meaning.
type Flag string

// Drift flags. The values appear in JSON output and are permanent.
const (
	FlagNegation Flag = "negation" // not, never, no …
	FlagNumber   Flag = "number"   // 20 → 28
	FlagModality Flag = "modality" // might → will, got to → going to …
	FlagEntity   Flag = "entity"   // a name changed
	FlagPronoun  Flag = "pronoun"  // we → they …
	FlagSpeaker  Flag = "speaker"  // the member is attributed to someone else
)

// EditOp is a word-level edit operation.
type EditOp string

// Edit operations that turn a reference into a member.
const (
	OpInsert  EditOp = "insert"
	OpDelete  EditOp = "delete"
	OpReplace EditOp = "replace"
)

// Edit is one word-level operation: From is the reference's words ("" for an insert),
// To the member's words ("" for a delete).
type Edit struct {
	Op       EditOp
	From, To string
	// Flags are the meaning-changing classes of this edit, judged inside the whole
	// texts (the word after each side counts, so "got" → "going" before "to" is
	// modality); nil when none. Drift.Flags is their union (plus speaker).
	Flags []Flag
}

// Drift is how a member's wording differs from its cluster's reference.
type Drift struct {
	Score float64 // 0..1: 0 = same words, 1 = nothing in common (1 - similarity)
	Edits []Edit
	Flags []Flag
}

// Member is one quote in a cluster.
type Member struct {
	Quote      *quotes.Quote
	Relation   Relation
	Similarity float64 // 0..1 to the reference
	Drift      Drift
}

// Cluster is every rendering of one passage found in a run.
type Cluster struct {
	ID        string        // "c3": unique in a run
	Speakers  []string      // distinct canonical speakers of the members, most frequent first
	Reference *quotes.Quote // the earliest, most complete rendering
	First     *quotes.Quote // earliest member by publication time; nil when no member has a date
	FirstTied []*quotes.Quote
	Origin    string // the source most members credit; "" = none
	Members   []Member
}

// Hit is a corpus quote found for a query text by an Index lookup, with how it relates.
type Hit struct {
	Quote      *quotes.Quote
	Similarity float64 // 0..1 between the query and Quote.Text
	Relation   Relation
	Drift      Drift // edits that turn Quote.Text (the source) into the query
}

// Comparison is the result of comparing two quotations (quotecheck compare).
type Comparison struct {
	Similarity float64            // 0..1, the overall word-level similarity
	Scores     map[string]float64 // each named metric, 0..1
	Relation   Relation
	Drift      Drift // edits that turn the first text into the second
}
