package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestADefaultFieldGivesTheValue: Mutt's reference writes each variable's
// default as a "Default:" line under its numbered heading; for "What is
// the default value of …?" that line's value is the answer, as a sentence
// that states a default is ("Default is true."), not a value half fitting
// the question (in the whole manual it was declined at 0.83, beside
// sidebar_visible's table row).
func TestADefaultFieldGivesTheValue(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.317. sidebar_visible\n\nType: boolean\nDefault: no\n\nThis specifies whether or not to show sidebar. The sidebar shows a list of all\nyour mailboxes.\n\nSee also: $sidebar_format, $sidebar_width\n\n3.318. sidebar_width\n\nType: number\nDefault: 30\n\nThis controls the width of the sidebar. It is measured in screen columns. For\nexample: sidebar_width=20 could display 20 ASCII characters, or 10 Chinese\ncharacters.\n\n3.319. sig_dashes\n\n"}
	a, text, why := answer(New(nil), "What is the default value of Mutt's sidebar_width variable?", mutt)
	require.False(t, a.Declined(), why)
	assert.Contains(t, text, "30", why)
	assert.NotContains(t, text, "no", why)
	fits := unitFits("What is the default value of Mutt's sidebar_width variable?", mutt)
	assert.GreaterOrEqual(t, fits["Default:\u00a030"], 0.9, "the line gives the value asked: %v", fits)
}

// TestAnInvocationDefinesNothing: a manual's example of a command written
// out with its arguments ("fcc-hook 'foo@example\\.com$' '+one,+two'",
// "fcc-hook [@.]aol\\\\.com$ +spammers") opens with the command's name,
// as a dictionary's line opens with its headword, but says nothing of what
// the command is for.
func TestAnInvocationDefinesNothing(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "Usage:\n\nfcc-hook [!]pattern mailbox\n\nThis command is used to save outgoing mail in a mailbox other than $record.\nMutt searches the initial list of message recipients for the first matching \npattern and uses mailbox as the default Fcc: mailbox. If no match is found the\nmessage will be saved to $record mailbox.\n\nTo provide more flexibility and good defaults, Mutt applies the expandos of\n$index_format to mailbox after it was expanded.\n\nSee Message Matching in Hooks for information on the exact format of pattern.\n\nfcc-hook [@.]aol\\\\.com$ +spammers\n\n...will save a copy of all messages going to the aol.com domain to the\n`+spammers' mailbox by default. Also see the fcc-save-hook command.\n\nMultiple mailboxes may be specified by separating them with $fcc_delimiter, if\nset:\n\n  set fcc_delimiter = ','\n  fcc-hook 'foo@example\\.com$' '+one,+two'\n"}
	fits := unitFits("What is the fcc-hook command used for?", mutt)
	for text, fit := range fits {
		if strings.HasPrefix(strings.TrimSpace(text), "fcc-hook '") || strings.HasPrefix(text, "fcc-hook [@") {
			assert.LessOrEqual(t, fit, 0.2, text)
		}
	}
	for _, tc := range []struct {
		rest string
		want bool
	}{
		{" 'foo@example\\.com$' '+one,+two'", true},
		{" [@.]aol\\\\.com$ +spammers", true},
		{" = ','", true},
		{" / Built In Function", false},
		{" /nakt/", false},
		{" <n, fem>", false},
		{" (Built In Function)", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, invocation(tc.rest), tc.rest)
	}
}

// TestACommandIsWhatTheSentenceUnderItsUsageSays: a manual gives a
// command's usage line, then "This command is used to …": that sentence
// says what the command on the line above does, and answers "What is X
// used for?" (it fitted as any sentence does, and was declined).
func TestACommandIsWhatTheSentenceUnderItsUsageSays(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "15. Using Multiple Spool Mailboxes\n\nUsage:\n\nmbox-hook [!]regexp mailbox\n\nThis command is used to move read messages from a specified mailbox to a\ndifferent mailbox automatically when you quit or change folders. regexp is a\nregular expression specifying the mailbox to treat as a “spool” mailbox and \nmailbox specifies where mail should be saved when read.\n\nThe regexp parameter has mailbox shortcut expansion performed on the first\ncharacter. See Mailbox Matching in Hooks for more details.\n\nNote that execution of mbox-hooks is dependent on the $move configuration\nvariable. If set to “no” (the default), mbox-hooks will not be executed.\n"}
	fits := unitFits("What is mbox-hook used for?", mutt)
	for text, fit := range fits {
		if strings.HasPrefix(text, "This command is used to move read messages") {
			assert.GreaterOrEqual(t, fit, 0.9, text)
			return
		}
	}
	t.Fatalf("no unit of the sentence under the usage line: %v", fits)
}

// TestACopyPointingElsewhereRestates: bash's man page and its reference
// manual hold the same sentence, each pointing to its own section ("(see
// FUNCTIONS below)", "(see Shell Functions)"): the two copies say one
// thing and do not compete as rival answers (the question was declined
// at 0.80 for that margin alone).
func TestACopyPointingElsewhereRestates(t *testing.T) {
	man := doc{"bashdoc/bash.html", "BASH", "Positional parameters may not be assigned to\nwith assignment statements.  The positional parameters are\ntemporarily replaced when a shell function is executed (see\nFUNCTIONS\n\nbelow).\n"}
	ref := doc{"bashdoc/bashref.html", "Bash Reference Manual", "Positional parameters may not be assigned to with assignment statements.\nThe set and shift builtins are used to set and\nunset them (see Shell Builtin Commands).\nThe positional parameters are\ntemporarily replaced when a shell function is executed\n(see Shell Functions).\n"}
	const question = "What happens to the positional parameters when a shell function is executed?"
	r := New(nil)
	srcs := sources(man, ref)
	q := analyze(question, r.idf)
	var cands []candidate
	for _, s := range srcs {
		p := prepare(s, s.N-1)
		for i := range p.units {
			if strings.Contains(p.text[p.units[i].Start:p.units[i].End], "temporarily replaced") {
				cands = append(cands, r.score(q, p, i))
			}
		}
	}
	require.Len(t, cands, 2)
	assert.True(t, restates(q, cands[0], cands[1]), "the two copies say one thing")

	other := doc{"bashdoc/bash.html", "BASH", "The positional parameters are temporarily kept when a shell function is executed (see\nFUNCTIONS below).\n"}
	p := prepare(sources(other)[0], 0)
	assert.False(t, restates(q, cands[1], r.score(q, p, 0)), "a copy that says otherwise is a rival")
}

// "From which host …", "which mirror …" ask for a host name, as "which
// web address" does (asksURL): a sentence that writes none ("Security
// updates serve one purpose: …") does not answer. "Which site" may ask
// for a place or a site's name, and stays as it was. (The Debian FAQ, as
// debian-faq installs it.)
func TestWhichHostWantsAHostName(t *testing.T) {
	served := "No new functionality is added to the stable release.  Once a Debian version is\nreleased and tagged `stable' it will only get security updates.  That is, only\npackages for which a security vulnerability has been found after the release\nwill be upgraded.  All the security updates are served through security.debian.org.\n"
	purpose := "Security updates serve one purpose: to supply a fix for a security\nvulnerability.  They are not a method for sneaking additional changes into the\nstable release without going through normal point release procedure.\n"
	for _, q := range []string{"From which host are all Debian security updates served?", "From which host are all security fixes for the stable release distributed?"} {
		_, text, why := answer(New(nil), q, doc{"debfaq/getting-debian.en.html", "Getting and installing Debian", purpose},
			doc{"debfaq/getting-debian.en.html#2", "Getting and installing Debian", served})
		assert.NotContains(t, text, "serve one purpose", why)
	}
	_, text, why := answer(New(nil), "From which host are all Debian security updates served?",
		doc{"debfaq/getting-debian.en.html", "Getting and installing Debian", served})
	assert.Contains(t, text, "security.debian.org", why)
}
