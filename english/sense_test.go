package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAskedSense(t *testing.T) {
	for q, want := range map[string]struct {
		n    int
		rest string
	}{
		"What is the second sense of kestling?":                                                                     {2, "What is kestling?"},
		"What does hectic mean in its second sense?":                                                                {2, "What does hectic mean?"},
		"What is sense 7 of twillock?":                                                                              {7, "What is twillock?"},
		"What is a throne, in its first sense in WordNet?":                                                          {1, "What is a throne in WordNet?"},
		"In the 1913 Webster, what is the first sense of the verb knit?":                                            {1, "In the 1913 Webster, what is the verb knit?"},
		"What does gallimore mean in sense 2?":                                                                      {2, "What does gallimore mean?"},
		"What is the second sense given for the noun 'marchand'?":                                                   {2, "What is the noun 'marchand'?"},
		"In the French-English dictionary, what is the first English sense given for the feminine noun 'étranger'?": {1, "In the French-English dictionary, what is the feminine noun 'étranger'?"},
		"What second sense does the French-English dictionary give for 'bataille'?":                                 {2, "What does the French-English dictionary give for 'bataille'?"},
		"What is the first English translation given for 'Monsieur'?":                                               {1, "What is 'Monsieur'?"},
		"What are the first-listed English translations of 'puissance' in the French-English dictionary?":           {1, "What are 'puissance' in the French-English dictionary?"},
		"The Spanish verb 'cerrar' means close or shut; what is its second listed sense?":                           {2, "The Spanish verb 'cerrar' means close or shut; what is?"},
		"What is the sense of humour?":                                                                              {0, ""},
		"Which second is a leap second?":                                                                            {0, ""},
	} {
		n, from, to := AskedSense(q)
		assert.Equal(t, want.n, n, q)
		if n > 0 {
			assert.Equal(t, want.rest, CutSpan(q, from, to), q)
		}
	}
}

func TestSenseNumber(t *testing.T) {
	_, class := SenseNumber("v 1: sit on the throne as a ruler")
	assert.Equal(t, "v", class)
	for text, want := range map[string]int{
		"2. A quick-tempered person.":                2,
		"(2) A beautiful and attractive young woman": 2,
		"n 1: the chair of state for a monarch":      1,
		"2: creating knitted wear":                   2,
		"adj 3: devoid of talent":                    3,
		"A cooper's shed.":                           0,
		"1990. A year.":                              0,
		"3.2.1 fixed a crash":                        0,
	} {
		n, _ := SenseNumber(text)
		assert.Equal(t, want, n, text)
	}
}

func TestEntryPartOfSpeech(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Dib \\Dib\\, v. i.\n   To dip.", "verb"},
		{"Dib \\Dib\\, n.", "noun"},
		{"Deadborn \\Dead\"born`\\, a.\n   Stillborn.", "adjective"},
		{"DEFAME, v.t.  To lie about another.", "verb"},
		{"v 1: accept the unpleasant consequences of one's actions", "verb"},
		{"s 1: subject to accident or chance or change", "adjective"},
		{"2: an inhabitant of ancient Chaldea", ""},
		{"Then, a man came by.", ""},
		{"1. One of the small bones in the knee joints of sheep.", ""},
	} {
		assert.Equal(t, tc.want, EntryPartOfSpeech(tc.text), tc.text)
	}
	assert.True(t, IsPartOfSpeech("verb"))
	assert.False(t, IsPartOfSpeech("botany"))
}

func TestSenseLabelEnd(t *testing.T) {
	for text, want := range map[string]string{
		"n 1: the capital and largest city of Bangladesh": "n 1: ",
		"     n 2: a city":            "     n 2: ",
		"2. A quick-tempered person.": "2. ",
		"(2) A beautiful woman":       "(2) ",
		"1988 was the year":           "",
		"A group of seven stars":      "",
	} {
		assert.Equal(t, want, text[:SenseLabelEnd(text)], text)
	}
}
