package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name, yaml string
		err        string // "" = valid
	}{
		{"empty", "", ""},
		{"full", "corpus: [archive, /abs/wires]\nthresholds: {evidence: 0.4, coverage: 0.7}\naliases:\n  Steve Witkoff: [Whitkoff]\ndisable: [quote-credit]\n", ""},
		{"single corpus string", "corpus: archive\n", ""},
		{"unknown key", "corpus: [a]\ncorpse: [b]\n", "cfg.yaml:2: field corpse not found"},
		{"unknown rule", "disable:\n  - quote-drift\n  - quote-nope\n", "cfg.yaml:3: unknown rule \"quote-nope\""},
		{"threshold range", "thresholds:\n  evidence: 1.5\n", "cfg.yaml:2: thresholds.evidence must be between 0 and 1"},
		{"bad yaml", "corpus: [a\n", "cfg.yaml:"},
		{"wrong type", "thresholds: lots\n", "cfg.yaml:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "cfg.yaml")
			require.NoError(t, os.WriteFile(path, []byte(tt.yaml), 0o644))
			cfg, err := LoadConfig(path)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), filepath.Join(dir, tt.err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, path, cfg.Path)
			if tt.name == "full" {
				assert.Equal(t, []string{filepath.Join(dir, "archive"), "/abs/wires"}, cfg.Corpus)
				assert.Equal(t, Thresholds{Evidence: 0.4, Coverage: 0.7}, cfg.Thresholds)
				assert.Equal(t, []string{"Whitkoff"}, cfg.Aliases["Steve Witkoff"])
				assert.Equal(t, []Rule{RuleCredit}, cfg.Disable)
			}
		})
	}
	_, err := LoadConfig(filepath.Join(t.TempDir(), "missing.yaml"))
	assert.ErrorContains(t, err, "missing.yaml")
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	assert.Equal(t, "", FindConfig(deep))
	require.NoError(t, os.WriteFile(filepath.Join(root, ConfigName), nil, 0o644))
	assert.Equal(t, filepath.Join(root, ConfigName), FindConfig(deep))
}

// FuzzLoadConfig: any file content gives a config or an error naming the file, never a
// panic.
func FuzzLoadConfig(f *testing.F) {
	f.Add("corpus: [a]\nthresholds: {evidence: 0.5}\ndisable: [quote-drift]\n")
	f.Add("aliases: {A: [b]}\n")
	f.Add("disable: quote-nope\n")
	f.Add("- [\n")
	f.Fuzz(func(t *testing.T, data string) {
		path := filepath.Join(t.TempDir(), "cfg.yaml")
		require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
		if _, err := LoadConfig(path); err != nil {
			assert.Contains(t, err.Error(), path)
		}
	})
}
