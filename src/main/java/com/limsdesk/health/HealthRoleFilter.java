package com.limsdesk.health;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Hands the desk user that the login filter set on the identity service to Spring Boot
 * Actuator, which decides with {@link HttpServletRequest#isUserInRole} whether the caller
 * sees the health details. A role is a Camunda group id, so
 * {@code management.endpoint.health.roles: camunda-admin} shows the details to
 * administrators only.
 */
class HealthRoleFilter extends HttpFilter {

	private final IdentityService identityService;

	HealthRoleFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Authentication user = this.identityService.getCurrentAuthentication();
		if (user == null || user.getUserId() == null) {
			chain.doFilter(request, response);
			return;
		}
		List<String> groups = (user.getGroupIds() != null) ? user.getGroupIds() : List.of();
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public Principal getUserPrincipal() {
				return user::getUserId;
			}

			@Override
			public String getRemoteUser() {
				return user.getUserId();
			}

			@Override
			public boolean isUserInRole(String role) {
				return groups.contains(role);
			}

		}, response);
	}

}
