package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsGivenCode(t *testing.T) {
	for _, c := range []struct {
		prev, w, next string
		want          bool
	}{
		{"code", "sah", "", true}, // "which language has the ISO 639-2 code sah"
		{"code", "as", "", true},  // a code spelled like a common word
		{"id", "a611", "", true},  // "product ID a611"
		{"code", "SDR", "stand", true},
		{"code", "point", "", false},      // "which code point": a compound noun, asked about
		{"code", "withdrawn", "", false},  // "when was the code withdrawn": a long lower-case word is no code
		{"code", "Withdrawal2", "", true}, // a digit makes it a code again
		{"code", "sah", "of", false},      // not where a question ends
		{"country", "sah", "", false},     // no code noun before it
		{"code", "which", "", false},
		{"abbreviation", "for", "", false}, // "what is xref the abbreviation for"
		{"code", "TO", "", true},           // "which country uses the ISO country code TO": Tonga's, no preposition
		{"code", "IN", "", true},
		{"code", "in", "", false}, // "which table is the code in"
		{"code", "TO", "of", false},
		{"code", "GQ", "in", true},   // "the ISO 3166 code GQ in iso3166.tab": capitals that spell no word, then where they are written
		{"code", "sah", "in", false}, // a lower-case code goes on into more of the question
	} {
		assert.Equal(t, c.want, IsGivenCode(c.prev, c.w, c.next), "%s %s %s", c.prev, c.w, c.next)
	}
}

func TestHeadOf(t *testing.T) {
	for w, want := range map[string]Head{
		"year": DateHead, "population": NumberHead, "port": NumberHead, // "which port does imaps use": a number in every manual and services table
		"city": PlaceHead, "inventor": PersonHead, "code": CodeHead, "price": AmountHead, "program": NoHead,
	} {
		assert.Equal(t, want, HeadOf(w), w)
	}
}

func TestIsCodeCompound(t *testing.T) {
	cases := []struct {
		prev, w string
		want    bool
	}{
		{"code", "point", true},
		{"code", "page", true},
		{"id", "number", true},
		{"code", "of", false},      // a preposition after the code noun joins nothing
		{"sesame", "point", false}, // no code noun before it
		{"code", "sesame", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IsCodeCompound(c.prev, c.w), "%s %s", c.prev, c.w)
	}
}

func TestIsDateCompound(t *testing.T) {
	cases := []struct {
		prev, w string
		want    bool
	}{
		{"time", "zone", true},
		{"date", "format", true},
		{"year", "range", true},
		{"time", "is", false},   // "what time is the train": a time
		{"zone", "time", false}, // no date noun before it
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IsDateCompound(c.prev, c.w), "%s %s", c.prev, c.w)
	}
}

func TestIsZoneName(t *testing.T) {
	for w, want := range map[string]bool{
		"Europe/London": true, "America/Argentina/La_Rioja": true, "Etc/GMT+5": true, "Asia/Ho_Chi_Minh": true,
		"Guadeloupe": false, "/etc/timezone": false, "and/or": false, "TCP/IP": true, "Push/pull": false,
	} {
		assert.Equal(t, want, IsZoneName(w), w)
	}
}

func TestOpensQuestion(t *testing.T) {
	for w, want := range map[string]bool{"is": true, "are": true, "did": true, "which": true, "both": false, "the": false} {
		assert.Equal(t, want, OpensQuestion(w), w)
	}
	for k, want := range map[string]bool{"Q": true, "Q.": true, "Question": true, "A": false, "Quota": false} {
		assert.Equal(t, want, IsQuestionLabel(k), k)
	}
	for k, want := range map[string]bool{"A": true, "Answer:": true, "Q": false, "Area": false} {
		assert.Equal(t, want, IsAnswerLabel(k), k)
	}
}

func TestIsAuxiliary(t *testing.T) {
	for w, want := range map[string]bool{"does": true, "was": true, "could": true, "is": false, "the": false, "script": false} {
		assert.Equal(t, want, IsAuxiliary(w), w)
	}
}

func TestAsksMaker(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"which company makes the motionCookie", true},
		{"who manufactured the yepp yp-35", true},
		{"which vendor is the dymo scale listed under", true},
		{"what is the vendor id of metrohm", true},
		{"who wrote the lions book", false},
		{"what does the scanner do", false},
		{"which option makes right alt a hanja key", false}, // xkb's base.lst: what the option does, not who made it
		{"what command makes a tarball", false},
		{"who makes the hanja key option", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, AsksMaker(strings.Fields(tt.q)), tt.q)
	}
}

func TestMakerIsAsked(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"which vendor makes the e-mu 0404", true},
		{"which company's scanner is the dymo", true},
		{"who manufactured the yepp yp-35", true},
		{"in usb.ids, what is product 1c05 under vendor 1b1c corsair", false}, // the maker is named; the product asked
		{"what is the vendor id of metrohm", false},
		{"who wrote the lions book", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, MakerIsAsked(strings.Fields(tt.q)), tt.q)
	}
}

func TestIsPackageNoun(t *testing.T) {
	for w, want := range map[string]bool{"crate": true, "library": true, "modules": true, "gem": true, "package": false, "book": false} {
		assert.Equal(t, want, IsPackageNoun(w), w)
	}
}

func TestIsDescriptionKey(t *testing.T) {
	for k, want := range map[string]bool{"description": true, "summary": true, "version": false, "name": false} {
		assert.Equal(t, want, IsDescriptionKey(k), k)
	}
}

func TestIsSubdivisionNoun(t *testing.T) {
	for w, want := range map[string]bool{"province": true, "territory": true, "oblast": true, "country": false, "code": false} {
		assert.Equal(t, want, IsSubdivisionNoun(w), w)
	}
}

func TestIsPossessive(t *testing.T) {
	for w, want := range map[string]bool{"guernsey's": true, "mutt’s": true, "bus": false, "s": false} {
		assert.Equal(t, want, IsPossessive(w), w)
	}
}

func TestWritesFileName(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"user.conf", true},
		{"zone1970.tab", true},
		{"Blocks.txt", true},
		{"de_DE", true},
		{"e.g", false},         // an abbreviation
		{"U.S", false},         // one letter after the dot
		{"2.6.32", false},      // a version
		{"3.5mm", false},       // a measure
		{"main.c", false},      // one letter after the dot
		{"/etc/passwd", false}, // a path
		{"user@host.org", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, WritesFileName(tc.word), tc.word)
	}
}
