package names

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolve(t *testing.T) {
	cases := []struct {
		name  string
		add   []string
		query string
		want  string
	}{
		{"spelling variant merges", []string{"Steve Witkoff", "Steve Witkoff", "Steve Whitkoff"}, "Steve Whitkoff", "Steve Witkoff"},
		{"bare variant joins full name", []string{"Steve Witkoff", "Whitkoff"}, "Whitkoff", "Steve Witkoff"},
		{"Zelenskiy family", []string{"Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"}, "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"},
		{"bare Zelenski", []string{"Volodymyr Zelensky", "Zelenski"}, "Zelenski", "Volodymyr Zelensky"},
		{"transliteration skeleton", []string{"Serhiy Kyslytsya", "Kislitsa"}, "Kislitsa", "Serhiy Kyslytsya"},
		{"accents fold", []string{"Rustem Umérov", "Rustam Umerov", "Rustam Umerov"}, "Rustem Umérov", "Rustam Umerov"},
		{"Steve and Steven", []string{"Steve Witkoff", "Steven Witkoff", "Steve Witkoff"}, "Steven Witkoff", "Steve Witkoff"},
		{"Yuri and Yuriy", []string{"Yuri Ushakov", "Yuriy Ushakov", "Yuri Ushakov"}, "Yuriy Ushakov", "Yuri Ushakov"},
		{"different first names stay apart", []string{"Donald Trump", "Melania Trump"}, "Melania Trump", "Melania Trump"},
		{"bare surname ambiguous stays", []string{"Donald Trump", "Melania Trump", "Trump"}, "Trump", "Trump"},
		{"bare surname unique merges", []string{"Donald Trump", "Trump"}, "Trump", "Donald Trump"},
		{"titles stripped", []string{"President Donald Trump", "Donald Trump"}, "President Donald Trump", "Donald Trump"},
		{"Rep. stripped", []string{"Rep. Don Bacon"}, "Rep. Don Bacon", "Don Bacon"},
		{"Secretary of State stripped", []string{"Secretary of State Marco Rubio"}, "Secretary of State Marco Rubio", "Marco Rubio"},
		{"distinct near surnames stay apart", []string{"Harry Truman", "Donald Trump"}, "Harry Truman", "Harry Truman"},
		{"tie goes to the longest", []string{"Steve Witkoff", "Steven Witkoff"}, "Steve Witkoff", "Steven Witkoff"},
		{"unknown name passes through", []string{"Donald Trump"}, "Kirill Dmitriev", "Kirill Dmitriev"},
		{"empty is empty", nil, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := New()
			for _, a := range c.add {
				n.Add(a)
			}
			assert.Equal(t, c.want, n.Resolve(c.query))
		})
	}
}

func TestAliases(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aliases.yaml")
	require.NoError(t, os.WriteFile(path, []byte("Steve Witkoff: [Whitkoff, SW]\n"), 0o644))
	n := New()
	m, err := LoadAliases(path)
	require.NoError(t, err)
	n.AddAliases(m)
	n.Add("SW")
	assert.Equal(t, "Steve Witkoff", n.Resolve("SW"))
	assert.Equal(t, "Steve Witkoff", n.Resolve("whitkoff"))

	_, err = LoadAliases(filepath.Join(dir, "missing.yaml"))
	assert.Error(t, err)
	require.NoError(t, os.WriteFile(path, []byte(": ["), 0o644))
	_, err = LoadAliases(path)
	assert.Error(t, err)
}

func TestAddAfterResolveRebuilds(t *testing.T) {
	n := New()
	n.Add("Trump")
	assert.Equal(t, "Trump", n.Resolve("Trump"))
	n.Add("Donald Trump")
	assert.Equal(t, "Donald Trump", n.Resolve("Trump"))
}

func FuzzResolve(f *testing.F) {
	f.Add("Steve Witkoff", "Whitkoff")
	f.Add("", "Mr.")
	f.Fuzz(func(t *testing.T, a, b string) {
		n := New()
		n.Add(a)
		n.Add(b)
		_ = n.Resolve(a)
		_ = n.Resolve(b)
	})
}

func BenchmarkCanon(b *testing.B) {
	names := []string{"Steve Witkoff", "Whitkoff", "Donald Trump", "Trump", "Kirill Dmitriev", "Yuri Ushakov", "Marco Rubio", "Volodymyr Zelenskiy", "Zelensky"}
	for i := 0; i < b.N; i++ {
		n := New()
		for _, x := range names {
			n.Add(x)
		}
		for _, x := range names {
			n.Resolve(x)
		}
	}
}

func TestDescriptorsStayAsWritten(t *testing.T) {
	cases := []struct {
		name, in, want string
		descriptor     bool
	}{
		{"definite organisation", "the commission", "the commission", true},
		{"indefinite person", "a doctor", "a doctor", true},
		{"possessive phrase", "the ad’s narrator", "the ad’s narrator", true},
		{"name with title is cleaned", "President Donald Trump", "Donald Trump", false},
		{"capitalised organisation is a name", "The New York Times", "New York Times", false},
	}
	n := New()
	n.Add("Donald Trump")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n.Add(c.in)
			assert.Equal(t, c.descriptor, IsDescriptor(c.in))
			assert.Equal(t, c.want, n.Resolve(c.in))
		})
	}
	n.Add("the letter")
	n.Add("Letterman")
	assert.Equal(t, "the letter", n.Resolve("the letter"), "a descriptor never joins a name")
}
