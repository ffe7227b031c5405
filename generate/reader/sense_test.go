package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A question that numbers the sense it asks for in other words than "the
// second sense of" ("what second sense does the dictionary give for",
// "the first English sense given for") is answered with that sense; a
// numbered sense right under the headword is a sense, not the headword;
// and an entry that lists its senses unnumbered, split by commas, holds
// the third of them (another entry's second sense, "2. amusement, fun"
// for amusant, does not). Entries of freedict's French-English and
// Spanish-English dictionaries, byte for byte.
func TestTheSenseAskedByItsNumber(t *testing.T) {
	monsieur := doc{"fraeng/monsieur-msj.txt", "monsieur-msj.txt", "Monsieur /məsjø/\n1. sir\n2. mister, Mr.\n"}
	monsieurNoun := doc{"fraeng/monsieur-msj-n-masc.txt", "monsieur-msj-n-masc.txt", "monsieur /məsjø/ <n, masc>\ngentleman\n"}
	bataille := doc{"fraeng/bataille-bataj-n-fem.txt", "bataille-bataj-n-fem.txt", "bataille /bataj/ <n, fem>\n1. action, battle, scuffle, struggle\n2. blow\n"}
	batailler := doc{"fraeng/batailler-bataje-v.txt", "batailler-bataje-v.txt", "batailler /bataje/ <v>\nfight, struggle\n"}
	entrar := doc{"spaeng/entrar-enta.txt", "entrar-enta.txt", "entrar /entɾˈaɾ/\ngo in, enter, perform\n"}
	amusant := doc{"fraeng/amusant-amyz-adj.txt", "amusant-amyz-adj.txt", "amusant /amyzɑ̃/ <adj>\namusing, entertaining, funny\n"}
	amusement := doc{"fraeng/amusement-amyzm-n-masc.txt", "amusement-amyzm-n-masc.txt", "amusement /amyzəmɑ̃/ <n, masc>\n1. entertainment\n2. amusement, fun\n3. distraction, diversion\n"}
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"What second sense does the French-English dictionary give for 'bataille'?", []doc{bataille, batailler}, "blow"},
		{"In the French-English dictionary, what is the second English translation given for 'Monsieur'?", []doc{monsieur, monsieurNoun}, "mister"},
		{"What is the first sense listed for 'Monsieur' in the French-English dictionary?", []doc{monsieur}, "sir"},
		{"What third English meaning does the Spanish-English dictionary list for 'entrar'?", []doc{entrar}, "perform"},
		{"Give me the 2nd translation of 'amusant'.", []doc{amusant, amusement}, "entertaining"},
	} {
		_, text, why := answer(New(nil), tc.q, tc.docs...)
		assert.Contains(t, text, tc.want, why)
	}
}

// An ordinal the question writes ("the Jargon File's second sense") is
// the number of a list's item ("2. Also said of problems …"), whatever
// the phrase around it. The Jargon File's entry uninteresting (4.4.8),
// byte for byte.
func TestAnOrdinalNumbersAListItem(t *testing.T) {
	entry := doc{"jargon/uninteresting.txt", "uninteresting", "uninteresting\n adj.\n\n    1. Said of a problem that, although {nontrivial}, can be solved simply by\n    throwing sufficient resources at it.\n\n    2. Also said of problems for which a solution would neither advance the\n    state of the art nor be fun to design and code.\n\n    Hackers regard uninteresting problems as intolerable wastes of time, to be\n    solved (if at all) by lesser mortals.\n"}
	_, text, why := answer(New(nil), "In the Jargon File's second sense of 'uninteresting', what would a solution to such a problem not advance?", entry)
	assert.Contains(t, text, "state of the art", why)
}

// Another name made from the question's own word by a suffix
// ("charlatanism" of "charlatan") is news for a question that asks for
// another name: the sense whose [syn: …] gives it answers, not the other
// sense's. (WordNet 3.0, as dict-wn writes the entry.)
func TestADerivedSynonymIsNews(t *testing.T) {
	quackery := "quackery\n    n 1: medical practice and advice based on observation and\n         experience in ignorance of scientific findings [syn:\n         {quackery}, {empiricism}]\n    2: the dishonesty of a charlatan [syn: {charlatanism},\n       {quackery}]\n"
	_, text, why := answer(New(nil), "According to WordNet, the second sense of quackery, the dishonesty of a charlatan, has what synonym?",
		doc{"wordnet/quackery.txt", "quackery.txt", quackery})
	assert.Contains(t, text, "charlatanism", why)
}

// Senses of one headword that the question's other words tell apart: the
// sense that holds the question's words (its bracketed field, "(IC)",
// "(SMTP)") is the one asked, and the senses that hold none of them are
// no rivals to it. Senses the question does not tell apart, a sense it
// sets aside ("other than Euro-FileTransfer") and another headword that
// opens with the same word ("tener el propósito" beside "tener") still
// are. V.E.R.A.'s entries and freedict's Spanish-English entries, byte
// for byte.
func TestTheQuestionPicksASense(t *testing.T) {
	efl := doc{"vera/efl.txt", "efl.txt", "EFL\n       Eiffel Forum License (Eiffel)\n\nEFL\n       Emitter Follower Logic (IC)\n\nEFL\n       Enlightenment Foundation Libraries (GUI)\n"}
	ndr := doc{"vera/ndr.txt", "ndr.txt", "NDR\n       Network Data Representation (NCS, DCE, Apollo)\n\nNDR\n       Network Data Representation service (DCE/RPC)\n\nNDR\n       Non-Delivery Report (SMTP)\n\nNDR\n       Non-Destructive Read\n"}
	imd := doc{"vera/imd.txt", "imd.txt", "IMD\n       Integrated Management Display (Compaq)\n\nIMD\n       Internet Multimedia Development (Internet)\n"}
	eft := doc{"vera/eft.txt", "eft.txt", "EFT\n       Electronic Funds Transfer\n\nEFT\n       Euro-FileTransfer (ISDN, ETS 300 075)\n"}
	aws := doc{"vera/aws.txt", "aws.txt", "AWS\n       Amazon Web Services (XML, API, Amazon)\n\nAWS\n       Apple Workgroup Server (Appletalk, Apple)\n"}
	tener := doc{"spaeng/tener-tene.txt", "tener-tene.txt", "tener /tenˈeɾ/\n1. desire, wish\n2. have, havegot\n3. own, possess\n4. hang onto, hold\n"}
	proposito := doc{"spaeng/tener-el-proposito-tene-el-poposito.txt", "tener-el-proposito-tene-el-poposito.txt", "tener el propósito /tenˈeɾ el pɾopˈosito/\nintend, mean\n"}
	r := New(nil)
	for _, tc := range []struct {
		q    string
		docs []doc
		want string // "" when the reader must decline
		not  string // what it must not answer
	}{
		{"In V.E.R.A., what does EFL stand for in the IC (integrated circuit) sense?", []doc{efl}, "Emitter Follower Logic", ""},
		{"In the SMTP context, what does NDR stand for?", []doc{ndr}, "Non-Delivery Report", ""},
		{"What does IMD mean in the Compaq sense?", []doc{imd}, "Integrated Management Display", ""},
		{"What does NDR stand for?", []doc{ndr}, "", ""},
		{"In V.E.R.A., what does EFT stand for, other than Euro-FileTransfer?", []doc{eft}, "", "Euro-FileTransfer"},
		{"What does tener mean?", []doc{proposito, tener}, "", "intend"},
		{"What does AWS stand for, other than Amazon Web Services?", []doc{aws}, "Apple Workgroup Server", ""},
	} {
		assertPicked(t, r, tc.q, tc.docs, tc.want, tc.not)
	}
}

// Rows of one table that name one thing, told apart by a bracketed remark
// (usb.ids' products in their modes): the question's words pick the row
// whose remark holds them, and the row it sets aside ("rather than a
// webcam") picks nothing. usb.ids' lines, byte for byte: a vendor's
// line and rows of its products (the Motorola rows asked about, not all
// the vendor's).
func TestTheQuestionPicksARowByItsRemark(t *testing.T) {
	aiptek := doc{"usbids/usb.ids", "usb.ids", "08ca  Aiptek International, Inc.\n\t0001  Tablet\n\t0010  Tablet\n\t0020  APT-6000U Tablet\n\t0021  APT-2 Tablet\n\t0022  Tablet\n\t0023  Tablet\n\t0024  Tablet\n\t0100  Pen Drive\n\t0102  DualCam\n\t0103  Pocket DV Digital Camera\n\t0104  Pocket DVII\n\t0105  Mega DV(Disk)\n\t0106  Pocket DV3100+\n\t0107  Pocket DV3100\n\t0109  Nisis DV4 Digital Camera\n\t010a  Trust 738AV LCD PV Mass Storage\n\t0111  PenCam VGA Plus\n\t2008  Mini PenCam 2\n\t2010  Pocket CAM 3 Mega (webcam)\n\t2011  Pocket CAM 3 Mega (storage)\n\t2016  PocketCam 2 Mega\n"}
	motorola := doc{"usbids/usb.ids", "usb.ids", "22b8  Motorola PCS\n\t604c  EZX GSM Phone (Storage)\n\t6101  Talon integrated chipset\n\t6401  Argon chipset\n\t6403  Argon chipset flash\n\t6411  ROKR Z6 (print mode)\n\t6415  ROKR Z6 (MTP mode)\n\t6422  ROKR Z6 (modem mode)\n\t6426  ROKR Z6 (storage mode)\n"}
	generalplus := doc{"usbids/usb.ids", "usb.ids", "1b3f  Generalplus Technology Inc.\n\t0c52  808 Camera #9 (mass storage mode)\n\t2002  808 Camera #9 (web-cam mode)\n"}
	r := New(nil)
	for _, tc := range []struct {
		q    string
		docs []doc
		want string // "" when the reader must not answer with not
		not  string // what it must not answer
	}{
		{"Which Aiptek product ID does the Pocket CAM 3 Mega use when it shows up as a mass-storage device?", []doc{aiptek}, "2011", ""},
		{"Which product ID does a Motorola ROKR Z6 use when it's connected in print mode?", []doc{motorola}, "6411", ""},
		{"When the Generalplus 808 Camera #9 is attached so it shows up as a USB drive rather than a webcam, what product ID does it present?", []doc{generalplus}, "", "2002"},
	} {
		assertPicked(t, r, tc.q, tc.docs, tc.want, tc.not)
	}
}

// assertPicked asserts that r answers q over docs with want; when want is
// "", that it does not answer with not, or declines when not is "" too.
func assertPicked(t *testing.T, r *Reader, q string, docs []doc, want, not string) {
	t.Helper()
	a, text, msg := answer(r, q, docs...)
	switch {
	case want != "":
		if assert.False(t, a.Declined(), msg) {
			assert.Contains(t, text, want, msg)
		}
	case not != "":
		assert.NotContains(t, text, not, msg)
	default:
		assert.True(t, a.Declined(), msg)
	}
}
