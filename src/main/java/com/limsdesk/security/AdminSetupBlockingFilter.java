package com.limsdesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects the Admin webapp's first-run setup endpoint. In Camunda 7.24.0 it creates an
 * administrator whenever the {@code camunda-admin} group has no direct member, without a
 * login (CVE-2026-77226). The desk creates its administrators itself at first start, so
 * the endpoint has no legitimate use and is closed for every method.
 */
class AdminSetupBlockingFilter extends HttpFilter {

	private static final Logger logger = LoggerFactory.getLogger(AdminSetupBlockingFilter.class);

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		logger.warn("Rejected {} {} from {}: the first-run setup is disabled", request.getMethod(),
				request.getRequestURI(), request.getRemoteAddr());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("application/json");
		response.getWriter()
			.write("{\"type\":\"Forbidden\",\"message\":\"The first-run setup is disabled; "
					+ "administrators are created by the service desk at first start.\"}");
	}

}
