package retrieve

// titleWeight scales the raise a hit's score gets when its title is the
// question's name: a passage of the entry titled "Velmora" answers "When
// was Velmora founded?" before one of "Velmora Prize", whose text may
// hold more of the question's words.
const titleWeight = 1

// titleMatch measures how exactly a title names what the question names,
// 0..1: the square of the share of the title's terms that are question
// terms (a title with words the question lacks names something else, or
// something more: "Velmora Prize" for "Velmora") times the IDF-weighted
// share of the question's names in the title. It is 0 for a
// question without names, whose words are no title.
func titleMatch(q queryTerms, w map[string]float64, title []string) float64 {
	if len(q.names) == 0 || len(title) == 0 {
		return 0
	}
	inQuery := 0
	for _, t := range title {
		if q.has(t) {
			inQuery++
		}
	}
	if inQuery == 0 {
		return 0
	}
	var total, got float64
	for _, n := range q.names {
		wt := max(w[n], 1e-3)
		total += wt
		for _, t := range title {
			if t == n {
				got += wt
				break
			}
		}
	}
	precision := float64(inQuery) / float64(len(title))
	return precision * precision * got / total
}

// titleScore is a hit's BM25 score raised by how exactly its title (its
// analysed terms) names the question's names.
func titleScore(score float64, q queryTerms, w map[string]float64, title []string) float64 {
	return score * (1 + titleWeight*titleMatch(q, w, title))
}
