package com.limsdesk.mailintake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Forwards a loopback port to a server, and can be cut and restored, so that a test can
 * take a mail server down for its client while the server keeps its mailboxes.
 */
final class PortForwarder implements AutoCloseable {

	private final int port;

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	PortForwarder(int port, int target) {
		this.port = port;
		this.target = target;
		open();
	}

	int port() {
		return this.port;
	}

	/** Accepts connections again on the same port. */
	synchronized void open() {
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress("127.0.0.1", this.port));
			this.server = listening;
			daemon(() -> accept(listening));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Refuses new connections and drops the open ones, as a server that went down. */
	@Override
	public synchronized void close() {
		closeQuietly(this.server);
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket("127.0.0.1", this.target);
				this.sockets.add(client);
				this.sockets.add(upstream);
				daemon(() -> pipe(client, upstream));
				daemon(() -> pipe(upstream, client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private static void pipe(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		}
		catch (IOException ex) {
			// The other side closed the connection, or the forwarder was cut.
		}
		finally {
			closeQuietly(to);
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "port-forwarder");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// Closing is best effort.
		}
	}

}
