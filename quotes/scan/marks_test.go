package scan

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// refNextLead is the byte loop nextLead speeds up.
func refNextLead(m string, i, le int) int {
	for ; i < le && !leadByte[m[i]]; i++ {
	}
	return i
}

func TestNextLead(t *testing.T) {
	for _, m := range []string{
		"", "a", "plain text without any mark at all, long enough for chunks",
		`he said "yes" and left`, "it's", "line one\nline two", "« guillemets »",
		"“curly” and ‘single’", "\x80\x81\xc1\xc3\xe1\xe3\x01\x21\x26\x28\x0b\x09\xff\xfe",
		"abcdefgh\"", "abcdefghijklmno\xe2", "0123456'",
	} {
		for i := 0; i <= len(m); i++ {
			for le := i; le <= len(m); le++ {
				require.Equal(t, refNextLead(m, i, le), nextLead(m, i, le), "%q [%d,%d)", m, i, le)
			}
		}
	}
}

// FuzzNextLead: the eight-byte search agrees with the byte loop on any text.
func FuzzNextLead(f *testing.F) {
	f.Add("the minister said \"no\" twice", 3)
	f.Fuzz(func(t *testing.T, m string, i int) {
		if i < 0 || i > len(m) {
			return
		}
		require.Equal(t, refNextLead(m, i, len(m)), nextLead(m, i, len(m)))
	})
}
