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
