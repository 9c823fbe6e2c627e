package com.limsdesk.security;

import java.util.Map;

import com.limsdesk.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns the CSRF token of the webapps' session to the desk's pages. The webapps write
 * it in a cookie whose path is {@code /camunda}, so a page under {@code /desk} cannot
 * read it there. A page of another origin cannot read this response, because the desk
 * sends no CORS headers.
 */
@RestController
class CsrfTokenController {

	@GetMapping("/api/session/csrf-token")
	Map<String, String> token(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = (session != null) ? session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) : null;
		if (token == null) {
			throw new NotFoundException("no CSRF token: this request has no webapp session, log in to Tasklist first");
		}
		return Map.of("token", token.toString());
	}

}
