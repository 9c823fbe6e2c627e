package com.limsdesk.intake;

import java.io.IOException;
import java.util.List;

import com.limsdesk.identity.DeskGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Confines the service accounts of monitoring systems (group {@code integrations}) to
 * {@code POST /api/faults}. Camunda authorizations alone would let such an account read
 * its own profile and list what the engine REST API shows every user. So every other
 * request of such an account to the desk's API and pages, the engine REST API and the
 * webapps is rejected with 403. It runs after the login filters, which set the user on
 * the identity service; for the webapps it reads their session.
 */
class IntegrationAccountFilter extends HttpFilter {

	private static final String ENGINE = "default";

	private final IdentityService identityService;

	IntegrationAccountFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (isIntegrationAccount(request) && !isFaultReport(request)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"field\":null,\"message\":\"a service account of the group integrations may only "
						+ "POST /api/faults\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isIntegrationAccount(HttpServletRequest request) {
		Authentication current = this.identityService.getCurrentAuthentication();
		if (current != null && current.getGroupIds() != null
				&& current.getGroupIds().contains(DeskGroups.INTEGRATIONS)) {
			return true;
		}
		return sessionGroups(request).contains(DeskGroups.INTEGRATIONS);
	}

	private static boolean isFaultReport(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/api/faults");
	}

	private static List<String> sessionGroups(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Authentications authentications = (session != null) ? AuthenticationUtil.getAuthsFromSession(session) : null;
		if (authentications != null
				&& authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
				&& user.getGroupIds() != null) {
			return List.copyOf(user.getGroupIds());
		}
		return List.of();
	}

}
