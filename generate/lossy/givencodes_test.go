package lossy

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// isoCodeTables reads testdata/isocodes: excerpts of Debian's iso-codes
// tables (ISO 639-2 languages, ISO 4217 currencies, ISO 3166-1
// countries), JSON lists of records, beside the JSON schema of one,
// whose descriptions say the questions' words ("currency", "code").
func isoCodeTables(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("testdata/isocodes/*.json")
	require.NoError(t, err)
	return readFiles(t, paths...)
}

// readFiles returns the text of each file, in order.
func readFiles(t *testing.T, paths ...string) []string {
	t.Helper()
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out = append(out, string(b))
	}
	return out
}

// TestBareAnswersTheRecordOfAGivenCode asks which record has a code the
// question gives: the code written as a stop word ("it", "be", "TO"),
// one that only some records have (ISO 639-2's two-letter codes, "ve").
// The last two, a currency given by its code beside the schema whose
// descriptions say "currency" and "code", pass without the rules too and
// stay as regression checks.
func TestBareAnswersTheRecordOfAGivenCode(t *testing.T) {
	m, err := Train(context.Background(), TextSource(isoCodeTables(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"Which language has the two-letter code it?", "Italian"},
		{"What language does the code be stand for?", "Belarusian"},
		{"Which language has the alpha_2 code or?", "Oriya"},
		{"Which country uses the ISO country code TO?", "Tonga"},
		{"Which country has the ISO two-letter code IN?", "India"},
		{"Which language has the two-letter code ve?", "Venda"},
		{"Which currency is CHW?", "WIR Franc"},
		{"Which commodity has the currency code XAU?", "Gold"},
	}, false)
}

// TestBareAnswersACodeOfTheLettersAsked asks for a code by its length
// ("the three-letter code"), where the record states codes of several
// lengths and a number (see codeLetters): a code of another length or a
// number is not the answer. Finland fails without the rule (answered
// "246 official name Republic of Finland }, {": its number, in the JSON
// record's tail); the rest, a country's three-letter code asked another
// way and a language's two codes in lower case, are regression checks.
func TestBareAnswersACodeOfTheLettersAsked(t *testing.T) {
	m, err := Train(context.Background(), TextSource(isoCodeTables(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"What is the three-letter ISO country code of Finland?", "FIN"},
		{"What three-letter abbreviation does ISO use for Jamaica?", "JAM"},
		{"What two-letter code is used for the Chamorro language?", "ch"},
		{"What is the three-letter code of the Chamorro language?", "cha"},
	}, false)
}
