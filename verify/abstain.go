package verify

import (
	"strings"

	"github.com/verbatim-rag/verbatim/english"
)

// abstentionPhrases are lower-case phrases that, in an answer's first
// sentence, mean the model declined to answer.
var abstentionPhrases = []string{
	"cannot find the answer", "can't find the answer", "could not find the answer", "couldn't find the answer",
	"cannot find any information", "can't find any information", "could not find any information",
	"couldn't find any information", "unable to find", "i cannot answer", "i can't answer",
	"i am unable to answer", "i'm unable to answer", "i don't know", "i do not know", "i'm not sure",
	"i am not sure", "there is no information", "no information about", "no information on",
	"not enough information", "insufficient information", "not mentioned in", "not provided in",
	"not stated in", "cannot be determined", "can't be determined", "there is no mention",
}

// sourceDenials are phrases that mean abstention when the sentence is about
// the documents: "The documents do not contain …".
var sourceDenials = []string{"do not", "does not", "don't", "doesn't", "did not", "didn't"}

var sourceDenialVerbs = []string{"contain", "mention", "provide", "say", "specify", "include", "state", "answer", "give"}

var sourceNouns = []string{"document", "passage", "context", "source", "text", "excerpt"}

func deniesSources(s string) bool {
	hasNoun := false
	for _, n := range sourceNouns {
		hasNoun = hasNoun || strings.Contains(s, n)
	}
	if !hasNoun {
		return false
	}
	for _, d := range sourceDenials {
		for _, v := range sourceDenialVerbs {
			if strings.Contains(s, d+" "+v) {
				return true
			}
		}
	}
	return false
}

// IsAbstention reports whether an answer declines to answer: its first
// sentence (markers aside) is Abstention or BareAbstention, or says the
// same in other words ("I don't know", "The documents do not contain …",
// "There is no information about …", "I could not find the answer …").
func IsAbstention(text string) bool {
	text = StripMarkers(text)
	ss := Sentences(text)
	if len(ss) == 0 {
		return false
	}
	first := english.Normalize(text[ss[0][0]:ss[0][1]])
	for _, p := range abstentionPhrases {
		if strings.Contains(first, p) {
			return true
		}
	}
	return deniesSources(first)
}
