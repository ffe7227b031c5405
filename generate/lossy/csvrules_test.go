package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBareAnswersAboutAKeyGiven asks a row by its key, which the question
// gives without a code noun ("block 8C593C7"): Ubiquiti fails without the
// rule that a key followed by a name answers what has the key (the view
// line "0050C2B04 organization address …" wins), OBO Pro.2 Inc. without
// the rule that an answer about the key states it ("MA-M,8C593C9,GENIS").
func TestBareAnswersAboutAKeyGiven(t *testing.T) {
	m, err := Train(context.Background(), TextSource(ieeeCSV(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	assertBareAnswers(t, New(m, Config{}), [][2]string{
		{"Which company holds the MA-M block 8C593C7?", "OBO Pro.2 Inc."},
		{"Which company owns the block 0050C2B04?", "Ubiquiti Networks Inc."},
	}, false)
}

func TestIsRowKey(t *testing.T) {
	for w, want := range map[string]bool{"8C1F6453F": true, "0050C2B04": true, "F46942": true, "1FA79": true,
		"MA-S": false, "alpha-2": false, "3166": false, "Galios": false, "U+1FA79": false} {
		assert.Equal(t, want, isRowKey(w), w)
	}
}

func TestSpansAny(t *testing.T) {
	codes := map[string]bool{"1FBB7": true}
	assert.True(t, spansAny(codes, []string{"1FB00", ".", ".", "1FBFF", ";", " Symbols"}))
	assert.False(t, spansAny(codes, []string{"1FA70", ".", ".", "1FAFF", ";", " Symbols"}))
	assert.False(t, spansAny(codes, []string{"1FBB7", " DOWNWARDS"}))
}
