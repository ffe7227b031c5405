package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// miscCodeTables reads testdata/miscfiles: excerpts of GNU miscfiles'
// colon-delimited tables, a country's codes and capital, its dialling
// code (two fields, the name last) and North America's area codes (the
// code first, shared by the towns it covers), and its glossary of the
// abbreviations of mail and chat (in lower case, "afaik:<tab><tab>as far
// as I know"), each file one passage.
func miscCodeTables(t *testing.T) []string {
	t.Helper()
	return readFiles(t, "testdata/miscfiles/countries", "testdata/miscfiles/inter.phone", "testdata/miscfiles/na.phone", "testdata/miscfiles/abbrevs.gen")
}

// TestBareAnswersFromCodeTables asks for a field of a colon-delimited
// table's row by the row's name, where another table ends its rows with
// the same name: the name is no headword (endsRow), and the line after it
// is the next country's dialling code, not an answer (Lebanon and
// Somalia fail without the rule; Eritrea, whose dialling code ends its
// zone, is a regression check). The last two ask a town's area code,
// which the table states before the town: "area code" asks a code (see
// kindOfCode), not an area, and only a code question searches back from
// the town for its key.
func TestBareAnswersFromCodeTables(t *testing.T) {
	m, err := Train(context.Background(), TextSource(miscCodeTables(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"What is the capital of Lebanon?", "Beirut"},
		{"What's the capital city of Somalia?", "Mogadishu"},
		{"What is the capital of Eritrea?", "Asmara"},
		{"What is the telephone area code of Hoboken, New Jersey?", "201"},
		{"What area code does Danbury, Connecticut have?", "203"},
	}, false)
}

// TestBareExpandsAnAbbreviationTypedInLowerCase asks what an
// abbreviation written in capitals stands for, where the glossary keys it
// in lower case (see lowerKey). Each fails without the rule.
func TestBareExpandsAnAbbreviationTypedInLowerCase(t *testing.T) {
	m, err := Train(context.Background(), TextSource(miscCodeTables(t)...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"What does AFAIK stand for?", "as far as I know"},
		{"In mail, what is an FQDN?", "fully qualified domain name"},
		{"What does FWIW mean?", "for what it's worth"},
	}, false)
}
