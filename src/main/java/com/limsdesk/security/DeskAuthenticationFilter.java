package com.limsdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Login for the desk's own API ({@code /api}), pages ({@code /desk}) and health report
 * ({@code /actuator/health}): HTTP Basic against the engine's users, or the session of a
 * user logged in to the webapps. The user is set on the engine's identity service for the
 * request, so the engine's authorizations apply. A request on the webapps' session that
 * changes data must carry the webapps' CSRF token.
 */
class DeskAuthenticationFilter extends HttpFilter {

	private static final String ENGINE = "default";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final IdentityService identityService;

	DeskAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			String userId = checkBasic(header.substring(6).trim());
			if (userId == null) {
				unauthorized(request, response);
				return;
			}
			runAs(userId, groupsOf(userId), request, response, chain);
			return;
		}
		UserAuthentication session = sessionUser(request);
		if (session == null) {
			unauthorized(request, response);
			return;
		}
		if (!SAFE_METHODS.contains(request.getMethod()) && !hasValidCsrfToken(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "missing or invalid X-XSRF-TOKEN header");
			return;
		}
		runAs(session.getName(), session.getGroupIds(), request, response, chain);
	}

	private void runAs(String userId, List<String> groupIds, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		this.identityService.setAuthentication(userId, groupIds);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private String checkBasic(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String userId = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		return this.identityService.checkPassword(userId, password) ? userId : null;
	}

	private List<String> groupsOf(String userId) {
		return this.identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	/** Returns the user logged in to the webapps on this session, or null. */
	static UserAuthentication sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		if (authentications == null) {
			return null;
		}
		Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
		return (authentication instanceof UserAuthentication user) ? user : null;
	}

	private static boolean hasValidCsrfToken(HttpServletRequest request) {
		Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String actual = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected instanceof String token && actual != null && MessageDigest
			.isEqual(token.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/desk/")
				&& request.getHeader("Authorization") == null) {
			response.sendRedirect(request.getContextPath() + "/camunda/app/tasklist/");
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Basic realm=\"LIMS service desk\"");
		response.setContentType("application/json");
		response.getWriter().write("{\"field\":null,\"message\":\"login required\"}");
	}

}
