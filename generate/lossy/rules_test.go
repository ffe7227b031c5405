package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"testing"

	"github.com/stretchr/testify/assert"
)

func flatIDF(string) float64 { return 5 }

func TestAnswerTypeOf(t *testing.T) {
	tests := []struct {
		q     string
		want  answerType
		units unitKind
	}{
		{"When was Velmora founded?", dateType, anyUnit},
		{"In what year was the treaty signed?", dateType, anyUnit},
		{"What is Ottilie Brandt's date of birth?", dateType, anyUnit},
		{"How many people live in Kelvisk?", numberType, anyUnit},
		{"What is the population of Kelvisk?", numberType, anyUnit},
		{"How tall is the mast?", measureType, lengthUnit},
		{"How long did the swim take?", measureType, lengthUnit | timeUnit},
		{"How large is Norvania?", measureType, areaUnit | lengthUnit | english.Storage},
		{"What is the wingspan of the ibis?", measureType, lengthUnit},
		{"How much was the prize?", amountType, anyUnit},
		{"What prize money did she win?", amountType, anyUnit},
		{"Who founded the works?", nameType, anyUnit},
		{"Which engineer designed the bridge?", nameType, anyUnit},
		{"What is the name of the ship?", nameType, anyUnit},
		{"Which river does the bridge cross?", nameType, anyUnit},
		{"What did Riekert invent?", anyType, anyUnit},
		{"Which currency did the dolen replace?", anyType, anyUnit},
		{"What is the code point of the WHITE SESAME DOT?", codeType, anyUnit},
		{"What's the code point for WHITE CHESS KING?", codeType, anyUnit},
		{"What's the abbreviation for a time-based one-time password?", codeType, anyUnit},
		{"What is the Apple Desktop Bus abbreviated as?", codeType, anyUnit},
		{"What's Oregon's subdivision code?", codeType, anyUnit},
		{"What is the USB vendor ID of Metrohm?", codeType, anyUnit},
		{"What is M-Audio's vendor ID?", codeType, anyUnit},
		{"Which vendor has USB vendor ID 06db?", anyType, anyUnit},
		{"What is the telephone area code of Hoboken, New Jersey?", codeType, anyUnit},
		{"What area code does Danbury, Connecticut have?", codeType, anyUnit},
		{"What is the country code for Kenya?", codeType, anyUnit},
		{"What does the language code und mean?", anyType, anyUnit},
		{"What is BI a written abbreviation for?", anyType, anyUnit},
		{"What is tar short for?", anyType, anyUnit},
		{"Which script has the ISO 15924 code Vaii?", anyType, anyUnit},
		{"What language has the two-letter code as?", anyType, anyUnit},
		{"Which country has the ISO two-letter code IN?", nameType, anyUnit},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := analyze(tt.q, flatIDF)
			assert.Equal(t, tt.want, q.atype)
			assert.Equal(t, tt.units, q.units)
		})
	}
}

// TestCodeLetters reads the length of the code a question asks for, as
// code tables' questions say it; a question that gives the code, or asks
// no code, says none.
func TestCodeLetters(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"What's Iceland's three-letter country code?", 3},
		{"What two-letter code is used for the Portuguese language?", 2},
		{"What is the four-letter ISO 15924 code for the Buginese script?", 4},
		{"What is the 3-letter code of Chad?", 3},
		{"What is the ISO country code of Chad?", 0},
		{"What is the five-letter code of Chad?", 0}, // longer than maxCodeLetters
		{"Which country's two-letter code is IS?", 0},
		{"Which former country had the three-letter code DDR?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, analyze(tt.q, flatIDF).letters)
		})
	}
}

// TestCodeLetterCount counts the letters of a token that can be a code
// of letters (see codeLetterCount).
func TestCodeLetterCount(t *testing.T) {
	tests := []struct {
		body string
		want int
	}{
		{"ISL", 3},  // a code in capitals
		{"Taml", 4}, // ISO 15924, capitalised
		{"por", 3},  // ISO 639, a word WordNet does not know
		{"ho", 2},   // ISO 639, two letters, though WordNet knows holmium
		{"type", 0}, // a word of English
		{"352", 0},  // a number
		{"GB-ENG", 0},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			assert.Equal(t, tt.want, classify(tt.body).letters)
		})
	}
}

func TestGivenCodes(t *testing.T) {
	tests := []struct {
		q     string
		given []string // stop words given as codes
		codes []string // every code given
	}{
		{"Which country uses the ISO country code TO?", []string{"TO"}, []string{"TO"}},
		{"Which country is NO in two-letter ISO country codes?", []string{"NO"}, []string{"NO"}},
		{"What language has the two-letter code as?", []string{"as"}, []string{"as"}},
		{"What language does the code be stand for?", []string{"be"}, []string{"be"}},
		{"Which language is 'no' in the two-letter language codes?", []string{"no"}, []string{"no"}},
		{"Which language has the ISO 639-3 code luq?", nil, []string{"luq"}},
		{"Which script has the ISO 15924 code Vaii?", nil, []string{"Vaii"}},
		{"Which vendor has USB vendor ID 06db?", nil, []string{"06db"}},
		// Not given: a stop word after a code word that goes on ("the
		// code is used"), a capitalised stop word opening the question,
		// a question in capitals.
		{"What code is used for Old Persian?", nil, nil},
		{"What is the three-letter code for Georgian?", nil, nil},
		{"What is the UN code number of Malta?", nil, nil},
		{"What is the code name of the release?", nil, nil},
		{"WHICH COUNTRY IS IT?", nil, nil},
		{"What does IXC mean in US telephony?", nil, nil},
		{"What is ENUM in VoIP?", nil, nil},
		{"Which currency is CHW?", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := analyze(tt.q, flatIDF)
			assert.ElementsMatch(t, tt.given, keysOf(q.given), "given")
			assert.ElementsMatch(t, tt.codes, keysOf(q.codes), "codes")
		})
	}
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
