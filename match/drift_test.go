package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDriftFlags(t *testing.T) {
	tests := []struct {
		name, ref, mem string
		flags          []Flag
		edits          []Edit // checked when not nil
	}{
		{"modality got to / going to",
			"He’s got to sell this to Ukraine. He’s got to sell Ukraine to Russia.",
			"He’s got to sell this to Ukraine. He’s going to sell Ukraine to Russia.",
			[]Flag{FlagModality}, []Edit{{OpReplace, "got", "going", []Flag{FlagModality}}}},
		{"inserted but they'll",
			"They might not take it and say it was agreed with us",
			"they might not take it, but they’ll say it was agreed upon with us",
			[]Flag{FlagModality}, []Edit{{OpReplace, "and", "but they’ll", []Flag{FlagModality}}, {OpInsert, "", "upon", nil}}},
		{"negation removed", "I don’t think they’ll take it", "I think they’ll take it",
			[]Flag{FlagNegation}, []Edit{{OpDelete, "don’t", "", []Flag{FlagNegation}}}},
		{"negation added", "we will sign", "we will never sign", []Flag{FlagNegation}, nil},
		{"number digits", "a 20-point plan", "a 28-point plan", []Flag{FlagNumber}, []Edit{{OpReplace, "20", "28", []Flag{FlagNumber}}}},
		{"number word vs digit is no change", "a twenty-point plan", "a 20-point plan", []Flag{}, []Edit{}},
		{"number word changed", "twenty points", "thirty points", []Flag{FlagNumber}, nil},
		{"modal might/will", "they might twist it later", "they will twist it later", []Flag{FlagModality}, nil},
		{"modal need to", "we need to talk", "we want to talk", []Flag{FlagModality}, nil},
		{"entity changed", "a message for President Trump", "a message for President Putin", []Flag{FlagEntity}, nil},
		{"sentence-initial capital is no entity", "And let them do like their own", "let them do like their own", []Flag{}, nil},
		{"pronoun we/they", "we are open to that", "they are open to that", []Flag{FlagPronoun}, nil},
		{"synonym has no flag", "as close to it as possible", "as similar as possible", []Flag{},
			[]Edit{{OpReplace, "close to it", "similar", nil}}},
		{"case and marks only", "“Fake.”", "fake", []Flag{}, []Edit{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := DriftOf(tt.ref, tt.mem)
			assert.ElementsMatch(t, tt.flags, d.Flags, "edits: %+v", d.Edits)
			if tt.edits != nil {
				assert.Equal(t, tt.edits, d.Edits)
			}
			assert.GreaterOrEqual(t, d.Score, 0.0)
			assert.LessOrEqual(t, d.Score, 1.0)
		})
	}
}

func TestDriftOfFragmentComparesItsStretch(t *testing.T) {
	ref := "No, look. But, I don’t think they’ll take exactly our version, but at least it’ll be as close to it as possible,"
	d := DriftOf(ref, "as close as possible")
	require.Equal(t, []Edit{{OpDelete, "to it", "", nil}}, d.Edits)
	assert.Empty(t, d.Flags)
	assert.Less(t, d.Score, 0.2)
}

func TestDriftSameTextIsZero(t *testing.T) {
	d := DriftOf("Fake.", "Fake.")
	assert.Equal(t, 0.0, d.Score)
	assert.Empty(t, d.Edits)
	assert.NotNil(t, d.Edits, "empty list, not null, in JSON")
}
