package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommaCells reads the line a continuation is on as a CSV row (see
// inCommaRow) when a comma parts two cells.
func TestCommaCells(t *testing.T) {
	tests := []struct {
		name string
		toks []string
		want bool
	}{
		{"a CSV row's cells", []string{"MA-L", ",", "00158F", ",", "NTT", " Advanced"}, true},
		{"a quoted cell after a comma", []string{"Co", ".", ",", "Ltd", "\"", ",", "\"", "No"}, true},
		{"prose commas have a space after them", []string{"Ships", ",", " trains", " and", " planes"}, false},
		{"a number's thousands", []string{" 1", ",", "000", " cases"}, false},
		{"a comma at the line's end", []string{" \"Surin\"", ",", "\n"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, commaCells(tt.toks)) })
	}
}

// TestBareReadsACSVRowToItsEnd asks rows whose cells hold a dot: each
// answer was cut at the dot ("MA-M,8C593C7,OBO Pro.", "KS System
// GmbH,Alexanderstr.", "… 2405 S.") without the rule.
func TestBareReadsACSVRowToItsEnd(t *testing.T) {
	m, err := Train(context.Background(), TextSource(ieeeCSV(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	assertBareAnswers(t, New(m, Config{}), [][2]string{
		{"In which town is KS System GmbH located, according to its IAB registration?", "Muelheim"},
		{"On what road is the holder of MA-S block 8C1F6453F?", "Calhoun Road"},
	}, false)
}
