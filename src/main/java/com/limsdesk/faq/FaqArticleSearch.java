package com.limsdesk.faq;

import java.util.Collection;
import java.util.List;

/** The search query of FAQ articles, which Spring Data cannot derive from a name. */
interface FaqArticleSearch {

	/**
	 * Returns the articles in the given statuses, and of the module unless it is null, in
	 * whose normalised title, keywords, question or answer every term occurs. The terms
	 * must be normalised as {@link FaqSearchText#terms} returns them.
	 */
	List<FaqArticle> findContainingAll(List<String> terms, Collection<FaqStatus> statuses, String module);

}
