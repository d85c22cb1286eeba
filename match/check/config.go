package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// ConfigName is the file check looks for in the working directory and its parents.
const ConfigName = ".quotecheck.yaml"

// Config is a .quotecheck.yaml file as check uses it. The zero value is the default
// configuration (embedded seed corpus, default thresholds, every rule on).
//
//	corpus: [../archive, wires/]      # paths relative to this file
//	thresholds: {evidence: 0.5, coverage: 0.6}
//	aliases: {"Steve Witkoff": [Whitkoff]}
//	disable: [quote-credit]
type Config struct {
	Path       string              // the file read; "" when none
	Corpus     []string            // corpus paths, resolved against the config file's directory
	Thresholds Thresholds          // zero fields take the defaults
	Aliases    map[string][]string // canonical speaker name -> other spellings
	Disable    []Rule              // rules never reported
}

// Thresholds tune the judging; a zero field means the default (see judge.go).
type Thresholds struct {
	Evidence float64 `yaml:"evidence"` // least similarity for a corpus quote to count as the same passage
	Coverage float64 `yaml:"coverage"` // least share of the draft quote's words a source must cover
}

// fileConfig is the YAML shape; unknown keys are rejected.
type fileConfig struct {
	Corpus     stringList          `yaml:"corpus"`
	Thresholds Thresholds          `yaml:"thresholds"`
	Aliases    map[string][]string `yaml:"aliases"`
	Disable    stringList          `yaml:"disable"`
}

// stringList accepts a single string or a list of strings.
type stringList []string

// UnmarshalYAML implements yaml.Unmarshaler.
func (s *stringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*s = []string{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*s = list
	return nil
}

// FindConfig looks for ConfigName in dir and its parents and returns its path, or ""
// when there is none.
func FindConfig(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// yamlLine pulls "line N: reason" out of yaml.v3's messages.
var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// LoadConfig reads and validates a configuration file. Errors name the file and, where
// yaml.v3 or the validation knows it, the line: "cfg.yaml:3: unknown rule "x"".
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, err)
	}
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&fc); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, configError(path, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root) // decoded above without error: only for line numbers

	cfg := Config{Path: path, Thresholds: fc.Thresholds, Aliases: fc.Aliases}
	base := filepath.Dir(path)
	for _, c := range fc.Corpus {
		if c == "" {
			return Config{}, fmt.Errorf("%s:%d: empty corpus path", path, lineOf(&root, "corpus"))
		}
		if !filepath.IsAbs(c) {
			c = filepath.Join(base, c)
		}
		cfg.Corpus = append(cfg.Corpus, c)
	}
	for _, d := range fc.Disable {
		if !KnownRule(Rule(d)) {
			return Config{}, fmt.Errorf("%s:%d: unknown rule %q in disable", path, lineOfValue(&root, "disable", d), d)
		}
		cfg.Disable = append(cfg.Disable, Rule(d))
	}
	for name, v := range map[string]float64{"evidence": fc.Thresholds.Evidence, "coverage": fc.Thresholds.Coverage} {
		if v < 0 || v > 1 {
			return Config{}, fmt.Errorf("%s:%d: thresholds.%s must be between 0 and 1, got %v", path, lineOf(&root, "thresholds", name), name, v)
		}
	}
	return cfg, nil
}

// configError turns a yaml.v3 error into "path:line: reason".
func configError(path string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return fmt.Errorf("%s:%d: %s", path, n, m[2])
	}
	return fmt.Errorf("%s: %s", path, msg)
}

// lineOf returns the line of the value at the mapping-key path, or 0 when absent.
func lineOf(root *yaml.Node, keys ...string) int {
	n := find(root, keys...)
	if n == nil {
		return 0
	}
	return n.Line
}

// lineOfValue returns the line of the sequence item equal to value under key (or of the
// key's value when it is a scalar).
func lineOfValue(root *yaml.Node, key, value string) int {
	n := find(root, key)
	if n == nil {
		return 0
	}
	for _, c := range n.Content {
		if c.Value == value {
			return c.Line
		}
	}
	return n.Line
}

// find walks mapping keys from the document root.
func find(n *yaml.Node, keys ...string) *yaml.Node {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, k := range keys {
		if n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
				break
			}
		}
		if next == nil {
			return nil
		}
		n = next
	}
	return n
}
