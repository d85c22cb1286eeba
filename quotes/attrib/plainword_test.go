package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// refPlainWord is the three-search plainWord the one-pass version replaced.
func refPlainWord(w string) bool {
	if strings.IndexByte(w, '-') >= 0 {
		return hyphenName(w)
	}
	i := strings.IndexByte(w, '\'')
	n := 1
	if i < 0 {
		i, n = strings.Index(w, "’"), len("’")
	}
	return i < 0 || i == 1 && len(w) > i+n && 'A' <= w[i+n] && w[i+n] <= 'Z'
}

func TestPlainWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Witkoff", true}, {"O'Neill", true}, {"D’Amato", true}, {"Trump-backed", false}, {"Jean-Claude", true}, {"Geun-hye", true},
		{"Anti-Trump", false}, {"African-American", false}, {"Obama-era", false}, {"GOP-led", false},
		{"Don't", false}, {"O'neill", false}, {"O’", false}, {"Ab’Cd'Ef", false}, {"", true},
	} {
		require.Equal(t, tc.want, plainWord(tc.w), tc.w)
		require.Equal(t, refPlainWord(tc.w), plainWord(tc.w), tc.w)
	}
}

// FuzzPlainWord: the one-pass plainWord answers as the reference on any word.
func FuzzPlainWord(f *testing.F) {
	f.Add("O'Neill")
	f.Add("X’Y'Z-\xe2\x80")
	f.Fuzz(func(t *testing.T, w string) {
		require.Equal(t, refPlainWord(w), plainWord(w), w)
	})
}
