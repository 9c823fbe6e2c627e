package com.limsdesk.security;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects task queries and filters whose {@code orQueries} carry expressions. Camunda
 * 7.24.0 checks the expression restriction on the outer query only, so an expression
 * inside an or-query runs code on the server (CVE-2026-109432). This filter closes the
 * HTTP paths, the engine REST API and the webapps' own API;
 * {@link OrQueryExpressionGuard} closes the Java API.
 */
class OrQueryExpressionFilter extends HttpFilter {

	private static final Logger logger = LoggerFactory.getLogger(OrQueryExpressionFilter.class);

	/**
	 * Larger JSON bodies are rejected unread; no query or filter comes near this size.
	 */
	static final int MAX_INSPECTED_BYTES = 1024 * 1024;

	private final ObjectMapper objectMapper;

	OrQueryExpressionFilter(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!carriesJson(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BYTES + 1);
		if (body.length > MAX_INSPECTED_BYTES) {
			reject(response, "request body: larger than " + MAX_INSPECTED_BYTES + " bytes");
			return;
		}
		String violation = findViolation(body);
		if (violation != null) {
			logger.warn("Rejected {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
					request.getRemoteAddr(), violation);
			reject(response, violation);
			return;
		}
		chain.doFilter(new ReplayedBodyRequest(request, body), response);
	}

	/**
	 * Returns whether the request has a body that an endpoint may read as JSON. The
	 * engine REST API reads JSON from requests without a content type and with wildcard
	 * types too, so only the two form encodings, which no JSON endpoint reads, are passed
	 * unchecked.
	 */
	private static boolean carriesJson(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
			return false;
		}
		String contentType = (request.getContentType() != null) ? request.getContentType().toLowerCase() : "";
		return !contentType.startsWith("multipart/") && !contentType.startsWith("application/x-www-form-urlencoded");
	}

	/** Returns the path of the first expression found inside an or-query, or null. */
	String findViolation(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		JsonNode root;
		try {
			root = this.objectMapper.readTree(body);
		}
		catch (IOException ex) {
			// Rejected here too, so that no body that this parser cannot read reaches a
			// more
			// lenient one behind it.
			return "request body: invalid JSON";
		}
		if (root == null) {
			return null;
		}
		return findViolation(root, "", false);
	}

	private static String findViolation(JsonNode node, String path, boolean insideOrQuery) {
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				if (insideOrQuery && field.getKey().endsWith("Expression")) {
					return fieldPath + ": expressions are not allowed in orQueries";
				}
				boolean orQueries = insideOrQuery || "orQueries".equals(field.getKey());
				String violation = findViolation(field.getValue(), fieldPath, orQueries);
				if (violation != null) {
					return violation;
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String violation = findViolation(node.get(i), path + "[" + i + "]", insideOrQuery);
				if (violation != null) {
					return violation;
				}
			}
		}
		else if (insideOrQuery && node.isTextual() && isExpression(node.asText())) {
			return path + ": expressions are not allowed in orQueries";
		}
		return null;
	}

	private static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}

	private static void reject(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"InvalidRequestException\",\"message\":\"" + message.replace("\"", "'") + "\"}");
	}

}
