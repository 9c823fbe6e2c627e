package com.limsdesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP calls to a running service desk, as one user: HTTP Basic, or the webapps' login
 * session with its CSRF token.
 */
public class DeskHttpClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String baseUrl;

	private final TestUsers user;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private boolean useSession;

	private String csrfToken;

	public DeskHttpClient(int port, TestUsers user) {
		this.baseUrl = "http://localhost:" + port;
		this.user = user;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** Returns a client that sends no credentials at all. */
	public static DeskHttpClient anonymous(int port) {
		return new DeskHttpClient(port, null);
	}

	/**
	 * Logs in to a webapp as Tasklist does; later calls use the session, not Basic auth.
	 */
	public Response loginToWebapp(String app) {
		String form = "username=" + encode(this.user.id()) + "&password=" + encode(this.user.password());
		get("/camunda/app/" + app + "/");
		Response response = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", csrfCookie())
			.POST(HttpRequest.BodyPublishers.ofString(form)), false);
		this.useSession = true;
		// The login starts a new session, which gets a new CSRF token with its first
		// request.
		send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET(), false);
		this.csrfToken = csrfCookie();
		return response;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), true);
	}

	/** Fetches a binary body, such as a spreadsheet, without decoding it as text. */
	public Download download(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).GET();
		if (this.user != null) {
			String credentials = this.user.id() + ":" + this.user.password();
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<byte[]> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException("request failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response post(String path, Object body) {
		return send(withJson(HttpRequest.newBuilder(uri(path)), body, "POST"), true);
	}

	public Response put(String path, Object body) {
		return send(withJson(HttpRequest.newBuilder(uri(path)), body, "PUT"), true);
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE(), true);
	}

	/** Posts raw bytes with the given content type, or with none when it is null. */
	public Response postRaw(String path, String contentType, byte[] body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder, true);
	}

	private HttpRequest.Builder withJson(HttpRequest.Builder builder, Object body, String method) {
		try {
			String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
			return builder.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private Response send(HttpRequest.Builder builder, boolean authenticate) {
		if (authenticate && this.user != null) {
			if (this.useSession) {
				if (this.csrfToken != null) {
					builder.header("X-XSRF-TOKEN", this.csrfToken);
				}
			}
			else {
				String credentials = this.user.id() + ":" + this.user.password();
				builder.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
			}
		}
		try {
			HttpResponse<String> response = this.http.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException("request failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String csrfCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> "XSRF-TOKEN".equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Builds the engine REST API's variables object from plain values. */
	public static Map<String, Object> variables(Map<String, Object> values) {
		return values.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> Map.of("value", entry.getValue())));
	}

	/** Status, raw body and headers of one download. */
	public record Download(int status, byte[] body, Map<String, java.util.List<String>> headers) {
	}

	/** Status, body and headers of one response. */
	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("response is not JSON: " + this.body, ex);
			}
		}

	}

}
