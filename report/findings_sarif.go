package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck/match/check"
	"github.com/quotecheck/quotecheck/match/norm"
)

// SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers. Only the
// properties GitHub reads are written; the test validates the output against the
// OASIS schema (testdata/check/sarif-schema-2.1.0.json).

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// toolURI is where people learn what the rules mean.
	toolURI = "https://github.com/quotecheck/quotecheck"
	// fingerprintKey names quotecheck's partial fingerprint; bump the suffix if the
	// fingerprint's recipe ever changes.
	fingerprintKey = "quotecheck/v1"
)

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

// FindingsSARIF writes findings as one SARIF 2.1.0 run: the tool driver lists every
// rule with its help text, each result points at the draft region, and the evidence
// becomes related locations.
func FindingsSARIF(w io.Writer, fs []check.Finding) error {
	rules := check.Rules()
	index := map[check.Rule]int{}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	run.Tool.Driver = sarifDriver{Name: "quotecheck", InformationURI: toolURI}
	for i, r := range rules {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: string(r.ID), Name: ruleName(r.ID),
			ShortDescription:     sarifText{r.Short},
			FullDescription:      sarifText{r.Short + " " + r.Help},
			Help:                 sarifText{r.Help},
			HelpURI:              toolURI + "#" + string(r.ID),
			DefaultConfiguration: sarifRuleConfig{sarifLevel(r.Severity)},
		})
	}
	for _, f := range fs {
		res := sarifResult{RuleID: string(f.Rule), RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity),
			Message:             sarifText{f.Message},
			Locations:           []sarifLocation{{PhysicalLocation: physical(f.Doc.Path, regionOf(f))}},
			PartialFingerprints: map[string]string{fingerprintKey: fingerprint(f)}}
		for i, e := range f.Evidence {
			q := e.Quote
			var r region
			r.Line, r.Col = q.Doc.Position(q.Span.Start)
			r.EndLine, r.EndCol = q.Doc.Position(q.Span.End)
			id := i + 1
			msg := strings.TrimSuffix(describeDoc(q.Doc.Meta.Outlet, q.Doc.Meta.Published.Raw), ": ")
			if msg == "" {
				msg = q.Doc.ID
			}
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id,
				PhysicalLocation: physical(q.Doc.ID, r), Message: &sarifText{msg}})
		}
		run.Results = append(run.Results, res)
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func physical(path string, r region) sarifPhysical {
	return sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: (&url.URL{Path: filepath.ToSlash(path)}).String()},
		Region:           sarifRegion{StartLine: r.Line, StartColumn: r.Col, EndLine: r.EndLine, EndColumn: r.EndCol},
	}
}

// sarifLevel maps a severity to SARIF's result levels.
func sarifLevel(s check.Severity) string {
	switch s {
	case check.SeverityError:
		return "error"
	case check.SeverityWarning:
		return "warning"
	}
	return "note"
}

// ruleName is the rule id in PascalCase, as SARIF viewers show names: QuoteAltered.
func ruleName(id check.Rule) string {
	var b strings.Builder
	for _, part := range strings.Split(string(id), "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// fingerprint identifies a finding across runs and edits elsewhere in the file: the
// rule and the quote's normalised words (or the message, for findings without a quote).
func fingerprint(f check.Finding) string {
	key := f.Message
	if f.Quote != "" {
		key = strings.Join(norm.Words(norm.Tokenize(f.Quote)), " ")
	}
	sum := sha256.Sum256([]byte(string(f.Rule) + "\x00" + key))
	return hex.EncodeToString(sum[:16])
}
