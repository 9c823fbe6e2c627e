package com.limsdesk.faq;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaqArticleVersionRepository extends JpaRepository<FaqArticleVersion, Long> {

	List<FaqArticleVersion> findByArticleIdOrderByVersionAsc(Long articleId);

	Optional<FaqArticleVersion> findByArticleIdAndVersion(Long articleId, int version);

}
