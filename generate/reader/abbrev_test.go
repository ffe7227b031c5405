package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An acronym list states what a short form abbreviates by its shape, the
// short form on one line and what it stands for on the next, and never
// writes "abbreviated" or "acronym": a question that asks by those words
// ("Which manufacturer is abbreviated SMC?") is answered by the line
// that spells the short form out. The short form must be the question's
// where it writes one: "LAW  Local Authority Workstation" spells out no
// law abbreviated EGG; where it writes none, the short form must be the
// one its subject spells. Entries of GNU VERA 1.24 (dict-vera), byte for
// byte.
func TestAnAcronymListStatesTheAbbreviation(t *testing.T) {
	smc := doc{"vera/smc.txt", "smc.txt", "SMC\n       SCSI-3 Medium changer Commands (SAM, SCSI)\n\nSMC\n       Standard Microsystems Corporation (manufacturer)\n"}
	adb := doc{"vera/adb.txt", "adb.txt", "ADB\n       A DeBugger (Unix)\n\nADB\n       Android Debug Bridge (Android)\n\nADB\n       Apple Desktop Bus (Apple)\n"}
	egg := doc{"vera/egg.txt", "egg.txt", "EGG\n       Elektronischer Geschaeftsverkehr-Gesetz Germany\n"}
	law := doc{"vera/law.txt", "law.txt", "LAW\n       Local Authority Workstation\n"}
	scaf := doc{"vera/scaf.txt", "scaf.txt", "SCAF\n       Service Control Agent Function (IN)\n"}
	scf := doc{"vera/scf.txt", "scf.txt", "SCF\n       Selective Call-Forwarding\n\nSCF\n       Sequential Character Filemanager (OS-9)\n\nSCF\n       Service Control Function (IN)\n"}
	rare := func(lw string) float64 { // the list's weights: no entry writes "abbreviated"
		if lw == "abbreviated" {
			return 16.8
		}
		return 10
	}
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"Which manufacturer is abbreviated SMC?", []doc{smc}, "Standard Microsystems Corporation"},
		{"What is the Apple Desktop Bus abbreviated as?", []doc{adb}, "Apple Desktop Bus"},
		{"What's the full German name of the law abbreviated EGG?", []doc{egg, law}, "Elektronischer Geschaeftsverkehr-Gesetz"},
		// A question that writes no short form asks for the one its
		// subject spells: SCAF spells the Service Control AGENT Function.
		{"What is Service Control Function abbreviated as?", []doc{scaf, scf}, "SCF\n       Service Control Function"},
	} {
		_, text, why := answer(New(rare), tc.q, tc.docs...)
		assert.Contains(t, text, tc.want, why)
	}
}

// A question may say which of an acronym's senses it asks by its context
// ("in the GCC context", "in the SWIFT sense"); the list says it by a
// label beside the sense ("(GCC)"), never in the words "context" or
// "sense", which no sense can be faulted for lacking. Entries of GNU
// VERA 1.24 (dict-vera), byte for byte.
func TestTheContextOfASenseIsNoWordOfIt(t *testing.T) {
	gdc := doc{"vera/gdc.txt", "gdc.txt", "GDC\n       Game Developers Conference\n\nGDC\n       GCC D Compiler (GCC)\n"}
	sid := doc{"vera/sid.txt", "sid.txt", "SID\n       Security IDentifier (AD, RID, ACL)\n\nSID\n       Signaling IDentifier\n\nSID\n       Society for Information Displays (org.)\n\nSID\n       Sound Interface Device (audio, C64)\n\nSID\n       SWIFT Interface Device (SWIFT)\n"}
	rare := func(lw string) float64 { // the list's weights: no entry writes "context" or "sense"
		if lw == "context" || lw == "sense" {
			return 14.2
		}
		return 10
	}
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"What does GDC stand for in the GCC context?", []doc{gdc}, "GCC D Compiler (GCC)"},
		{"What does SID stand for in the SWIFT sense?", []doc{sid}, "SWIFT Interface Device (SWIFT)"},
	} {
		_, text, why := answer(New(rare), tc.q, tc.docs...)
		assert.Contains(t, text, tc.want, why)
	}
}

// The short form a question asks about is the one its question proper
// writes; one in a clause before it sets the scene ("When talking about
// DVD region locking, what is RCE short for?" asks RCE, not DVD), unless
// the question proper asks for none ("When someone on IRC types BRB,
// what does the IRC user mean?" asks BRB). VERA 1.24's entries, byte for byte.
func TestAShortFormInALeadingClauseSetsTheScene(t *testing.T) {
	rce := doc{"vera/rce.txt", "rce.txt", "RCE\n       Regional Code Enhancement (DVD)\n\nRCE\n       Resident Command Extension (DOS)\n"}
	brb := doc{"vera/brb.txt", "brb.txt", "BRB\n       Be Right Back (slang, Usenet, IRC)\n"}
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"When talking about DVD region locking, what is RCE short for?", "Regional Code Enhancement", rce},
		{"When someone on IRC types BRB, what do they mean?", "Be Right Back", brb},
		{"When someone on IRC types BRB, what does the IRC user mean?", "Be Right Back", brb}, // the IRC user means something by BRB
		{"If I see BRB, what does the USENET poster mean?", "Be Right Back", brb},
	} {
		fits := unitFits(tc.q, tc.d)
		found := false
		for u, fit := range fits {
			if strings.Contains(u, tc.want) {
				found = true
				assert.Equal(t, 1.0, fit, "%s: %s", tc.q, u)
			}
		}
		assert.True(t, found, "%s: %v", tc.q, fits)
	}
}

// An abbreviations list may write its short forms in lower case, each
// keying its line ("bfn:\t\tbye for now"): a question that writes one in
// capitals ("What does BFN mean?") asks about that key, though a short
// name in capitals otherwise matches only as written. GNU miscfiles
// 1.5's abbrevs.talk and abbrevs.gen, byte for byte.
func TestALowerCaseKeyIsTheShortFormInCapitals(t *testing.T) {
	talk := doc{"miscfiles/abbrevs.talk", "abbrevs.talk", "# A list of common abbreviations in talk and live chat electronic \n# communication. \n# Provided by Francois Pinard <pinard@progiciels-bpi.ca>.\n#\n# Abbrev:\tExpansion\n#\n(word)p:\t(word)?\n-o-:\t\tover\n-oo-:\t\tover and out\na*:\t\tany*\nawh:\t\tanywhere\nbcnu:\t\tbe seeing you\nbfn:\t\tbye for now\nbtw:\t\tby the way\nbye:\t\tquitting\nbye?:\t\tready to quit?\ncu:\t\tsee you\ncul:\t\tcu later\ndiy:\t\tdo it yourself\ndtn:\t\tdowntown\n"}
	gen := doc{"miscfiles/abbrevs.gen", "abbrevs.gen", "fud:\t\tfear, uncertainty, and doubt\nfyi:\t\tfor your information\nhand:\t\thave a nice day\nhth:\t\thope that helps\nianal:\t\tI am not a lawyer\niirc:\t\tif I remember correctly\nimho:\t\tin my {humble,honest} opinion\nimnsho:\t\tin my not so humble opinion\niyswim:\t\tif you see what I mean\nljbf:\t\tlet's just be friends\not1h:\t\ton the first hand\n"}
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"What does BFN mean?", "bye for now", talk},
		{"What does IIRC stand for?", "if I remember correctly", gen},
	} {
		_, text, why := answer(New(nil), tc.q, tc.d)
		assert.Contains(t, text, tc.want, why)
	}
}
