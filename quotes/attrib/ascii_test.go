package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// refASCIILower is the byte-by-byte loop asciiLower replaced.
func refASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestASCIILower(t *testing.T) {
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	for _, s := range []string{
		"", "A", "Hello", "HELLO WORLD, SAID TRUMP.", "abcdefgh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{",
		"Zelenskyy’s “Peace” — ÀÉ Ünd", "\x80\xc1\xda\xffAZ@[", all.String(), all.String()[3:],
	} {
		require.Equal(t, refASCIILower(s), asciiLower(s), "%q", s)
	}
}

func TestUpperMask(t *testing.T) {
	// every byte value in every lane, with neighbours that could carry into it
	for c := range 256 {
		for _, fill := range []byte{0x00, 0x7f, 0x80, 0xff, 'A', 'Z'} {
			for lane := range 8 {
				x := uint64(0)
				for k := range 8 {
					b := fill
					if k == lane {
						b = byte(c)
					}
					x |= uint64(b) << (8 * k)
				}
				var want uint64
				for k := range 8 {
					if b := byte(x >> (8 * k)); 'A' <= b && b <= 'Z' {
						want |= 0x80 << (8 * k)
					}
				}
				require.Equal(t, want, upperMask(x), "byte %#x lane %d fill %#x", c, lane, fill)
			}
		}
	}
}

// FuzzASCIILower: the eight-byte asciiLower agrees with the byte loop on any text.
func FuzzASCIILower(f *testing.F) {
	f.Add("Witkoff SAID “Yes” À")
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, refASCIILower(s), asciiLower(s))
	})
}
