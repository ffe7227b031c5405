package reader

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestACompoundsHeadIsHeld: a question's compound of two words
// ("sidebar-whitelisted") is partly held by a text that writes its head
// alone ("the list of whitelisted mailboxes"): the sentence that says
// what removes a mailbox from that list answers (it held none of the
// compound, and was declined). A name or code joined by hyphens
// ("sa-msg-port") is no compound.
func TestACompoundsHeadIsHeld(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "\nsidebar_whitelist mailbox [ mailbox ...]\nunsidebar_whitelist { * | mailbox ... }\n\nThis command specifies mailboxes that will always be displayed in the sidebar,\neven if $sidebar_new_mail_only is set and the mailbox does not contain new\nmail.\n\nThe “unsidebar_whitelist” command is used to remove a mailbox from the list of\nwhitelisted mailboxes. Use “unsidebar_whitelist *” to remove all mailboxes.\n"}
	a, text, why := answer(New(nil), "In Mutt, which command removes a mailbox from the list of sidebar-whitelisted mailboxes?", mutt)
	require.False(t, a.Declined(), why)
	assert.Contains(t, text, "unsidebar_whitelist” command is used to remove a mailbox", why)

	for _, tc := range []struct {
		word, head string
	}{
		{"sidebar-whitelisted", "whitelist"},
		{"compile-time", "time"},
		{"SMART-compliant", "compliant"},
		{"sa-msg-port", ""}, // three words: a name
		{"non-trivial", ""}, // the first word reverses the second
		{"ISO-8859", ""},    // a code
		{"e-mail", ""},      // a word written with a hyphen, no compound
		{"case-mod", ""},    // a head of three letters: in many units
	} {
		q := analyze("What is "+tc.word+"?", New(nil).idf)
		i := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == strings.ToLower(tc.word) })
		require.GreaterOrEqual(t, i, 0, tc.word)
		assert.Equal(t, tc.head, q.words[i].head, tc.word)
	}
}

// TestACompoundWrittenApartRelates: a question's compound ("active-low",
// "system-wide") is the text's words written apart ("is active low",
// "The system wide default locale"); it relates as the whole word does,
// also when the question mentions each part elsewhere (the relation
// check skips a token the question mentions as another word).
func TestACompoundWrittenApartRelates(t *testing.T) {
	foobar := doc{"jargon/foobar.txt", "foobar", "foobar\n n.\n\n    [very common] Another widely used {metasyntactic variable}; see {foo} for\n    etymology. Probably originally propagated through DECsystem manuals by\n    Digital Equipment Corporation ({DEC}) in 1960s and early 1970s; confirmed\n    sightings there go back to 1972. Hackers do not generally use this to mean\n    {FUBAR} in either the slang or jargon sense. See also {Fred Foobar}. In\n    RFC1639, “FOOBAR” was made an abbreviation for “FTP Operation Over Big\n    Address Records”, but this was an obvious {backronym}. It has been\n    plausibly suggested that “foobar” spread among early computer engineers\n    partly because of FUBAR and partly because “foo bar” parses in electronics\n    techspeak as an inverted foo signal; if a digital signal is active low (so\n    a negative or zero-voltage condition represents a \"1\") then a horizontal\n    bar is commonly placed over the signal label.\n"}
	a, text, why := answer(New(nil), "How is the label of an active-low digital signal usually marked in electronics?", foobar)
	require.False(t, a.Declined(), why)
	assert.Contains(t, text, "horizontal", why)

	protocols := doc{"netbase/protocols", "protocols", "udp\t17\tUDP\t\t# user datagram protocol\nrdp\t27\tRDP\t\t# \"reliable datagram\" protocol\ndccp\t33\tDCCP\t\t# Datagram Congestion Control Prot. [RFC4340]\nddp\t37\tDDP\t\t# Datagram Delivery Protocol\n"}
	q := analyze("Which number is the datagram congestion-control transport?", New(nil).idf)
	i := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == "congestion-control" })
	require.GreaterOrEqual(t, i, 0)
	p := prepare(sources(protocols)[0], 0)
	for u := range p.units {
		row := protocols.text[p.units[u].Start:p.units[u].End]
		want := 0.0
		if strings.Contains(row, "Congestion Control") {
			want = 1
		}
		assert.Equal(t, want, matchRelation(q, p.text, p.unitToks(u), q.words[i]), row)
	}
}
