package com.limsdesk.interfacecheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.limsdesk.interfacecheck.InterfaceCheckProperties.Endpoint;
import com.limsdesk.interfacecheck.ProbeResult.Failure;

/**
 * Calls one endpoint with {@link HttpClient} and judges the response: the status, and the
 * body pattern when one is set. The whole exchange, body included, is bounded by the
 * endpoint's timeout, and at most {@link #MAX_BODY_BYTES} of the body are read.
 */
class EndpointProbe {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

	private final HttpClient client;

	EndpointProbe(HttpClient client) {
		this.client = client;
	}

	ProbeResult probe(Endpoint endpoint) {
		HttpRequest request = request(endpoint);
		long started = System.nanoTime();
		CompletableFuture<HttpResponse<byte[]>> exchange = this.client.sendAsync(request,
				(info) -> new LimitedBody(MAX_BODY_BYTES));
		try {
			HttpResponse<byte[]> response = exchange.get(endpoint.timeout().toMillis(), TimeUnit.MILLISECONDS);
			return judge(endpoint, response, millisSince(started));
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			return timeout(endpoint, started);
		}
		catch (ExecutionException ex) {
			return failed(endpoint, ex.getCause(), started);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.cancel(true);
			return new ProbeResult(Failure.ERROR, null, millisSince(started), "检查被中断");
		}
	}

	private static HttpRequest request(Endpoint endpoint) {
		HttpRequest.BodyPublisher body = (endpoint.requestBody() != null)
				? HttpRequest.BodyPublishers.ofString(endpoint.requestBody(), StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.url())
			.timeout(endpoint.timeout())
			.method(endpoint.method(), body)
			.header("User-Agent", "lims-service-desk interface check");
		endpoint.headers().forEach(builder::header);
		return builder.build();
	}

	private static ProbeResult judge(Endpoint endpoint, HttpResponse<byte[]> response, long millis) {
		int status = response.statusCode();
		if (status != endpoint.expectedStatus()) {
			return new ProbeResult(Failure.STATUS, status, millis,
					"状态码 " + status + "，期望 " + endpoint.expectedStatus());
		}
		Pattern pattern = endpoint.compiledBodyPattern();
		if (pattern != null) {
			String text = new String(response.body(), charset(response));
			if (!pattern.matcher(text).find()) {
				return new ProbeResult(Failure.BODY, status, millis,
						"响应内容不含期望的内容（" + endpoint.bodyPattern() + "）：" + excerpt(text));
			}
		}
		return new ProbeResult(null, status, millis, "正常，状态码 " + status + "，耗时 " + millis + " 毫秒");
	}

	private static ProbeResult failed(Endpoint endpoint, Throwable cause, long started) {
		long millis = millisSince(started);
		if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
			return timeout(endpoint, started);
		}
		if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
			String reason = (cause instanceof UnknownHostException) ? "主机名无法解析" : "连接被拒绝或无法到达";
			return new ProbeResult(Failure.CONNECTION, null, millis,
					reason + "：" + endpoint.url().getHost() + ":" + port(endpoint));
		}
		String detail = (cause != null)
				? cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? "：" + cause.getMessage() : "")
				: "未知错误";
		Failure failure = (cause instanceof IOException) ? Failure.CONNECTION : Failure.ERROR;
		return new ProbeResult(failure, null, millis, "调用失败：" + detail);
	}

	private static ProbeResult timeout(Endpoint endpoint, long started) {
		return new ProbeResult(Failure.TIMEOUT, null, millisSince(started),
				"超过 " + endpoint.timeout().toMillis() + " 毫秒未完成响应");
	}

	private static int port(Endpoint endpoint) {
		int port = endpoint.url().getPort();
		return (port != -1) ? port : ("https".equals(endpoint.url().getScheme()) ? 443 : 80);
	}

	private static Charset charset(HttpResponse<?> response) {
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		Matcher matcher = CHARSET.matcher(contentType);
		if (matcher.find()) {
			try {
				return Charset.forName(matcher.group(1));
			}
			catch (IllegalArgumentException ex) {
				// An unknown or unsupported charset name; the body is read as UTF-8.
				return StandardCharsets.UTF_8;
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static String excerpt(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	private static long millisSince(long startedNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
	}

	/**
	 * Collects at most the given number of body bytes and then stops reading, so that a
	 * huge or endless body neither fills the memory nor outlasts the timeout.
	 */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final int limit;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private Flow.Subscription subscription;

		LimitedBody(int limit) {
			this.limit = limit;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				int take = Math.min(buffer.remaining(), this.limit - this.bytes.size());
				byte[] chunk = new byte[take];
				buffer.get(chunk);
				this.bytes.write(chunk, 0, take);
			}
			if (this.bytes.size() >= this.limit) {
				this.subscription.cancel();
				this.result.complete(this.bytes.toByteArray());
			}
		}

		@Override
		public void onError(Throwable error) {
			this.result.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			this.result.complete(this.bytes.toByteArray());
		}

	}

}
