package com.limsdesk.mailintake;

import java.time.Instant;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the intake mailbox over IMAP at a fixed interval and hands each new mail to
 * {@link MailIntake}. A mail is marked on the server (moved to the processed folder or
 * given the processed keyword) only after its outcome is committed. When the server is
 * down the poll is logged and given up, and the next poll tries again: nothing is marked,
 * so nothing is lost.
 */
@Component
class MailboxPoller {

	private static final Logger logger = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailIntakeProperties properties;

	private final MailIntake intake;

	private volatile PollState state = new PollState(null, null, null, 0);

	MailboxPoller(MailIntakeProperties properties, MailIntake intake, ConfigurableEnvironment environment) {
		this.properties = properties;
		this.intake = intake;
		rejectPasswordInFiles(environment);
	}

	/** Reads the mailbox once, unless mail intake is disabled. */
	@Scheduled(fixedDelayString = "${desk.mail-intake.poll-interval:PT1M}",
			initialDelayString = "${desk.mail-intake.poll-interval:PT1M}")
	void scheduledPoll() {
		if (this.properties.enabled()) {
			poll();
		}
	}

	/**
	 * Reads every unmarked mail of the folder and returns how many were finished and
	 * marked. Runs one poll at a time.
	 */
	synchronized int poll() {
		Instant started = Instant.now();
		try {
			int finished = readFolder();
			if (this.state.failures() > 0) {
				logger.info("IMAP server {} answers again after {} failed polls", this.properties.host(),
						this.state.failures());
			}
			this.state = new PollState(started, started, null, 0);
			return finished;
		}
		catch (MessagingException ex) {
			int failures = this.state.failures() + 1;
			if (failures == 1) {
				logger.warn("Reading mailbox {} failed; trying again at the next poll", this.properties, ex);
			}
			else {
				logger.warn("Reading mailbox {} failed again ({} polls in a row): {}", this.properties, failures,
						ex.toString());
			}
			this.state = new PollState(started, this.state.lastSuccess(), ex.toString(), failures);
			return 0;
		}
	}

	PollState state() {
		return this.state;
	}

	private int readFolder() throws MessagingException {
		Session session = Session.getInstance(sessionProperties());
		try (Store store = session.getStore(this.properties.protocol())) {
			store.connect(this.properties.host(), this.properties.port(), this.properties.account(),
					this.properties.password());
			Folder folder = store.getFolder(this.properties.folder());
			folder.open(Folder.READ_WRITE);
			boolean expunge = false;
			try {
				Flags marker = marker(folder);
				Message[] messages = (this.properties.processedFolder() != null) ? folder.getMessages()
						: folder.search(new FlagTerm(marker, false));
				FetchProfile profile = new FetchProfile();
				profile.add(UIDFolder.FetchProfileItem.UID);
				profile.add(FetchProfile.Item.SIZE);
				profile.add("Message-ID");
				folder.fetch(messages, profile);
				long uidValidity = ((UIDFolder) folder).getUIDValidity();
				int finished = 0;
				for (Message message : messages) {
					MailboxPosition position = new MailboxPosition(messageId(message), folder.getFullName(),
							uidValidity, ((UIDFolder) folder).getUID(message));
					if (this.intake.handle(position, (MimeMessage) message)) {
						expunge |= mark(store, folder, message, marker);
						finished++;
					}
				}
				return finished;
			}
			finally {
				folder.close(expunge);
			}
		}
	}

	private static String messageId(Message message) throws MessagingException {
		String[] ids = message.getHeader("Message-ID");
		return (ids != null && ids.length > 0) ? ids[0] : null;
	}

	/**
	 * Returns the processed keyword, or the standard {@code \Seen} flag when the server
	 * keeps no keywords of its own.
	 */
	private Flags marker(Folder folder) {
		if (folder.getPermanentFlags() != null && folder.getPermanentFlags().contains(Flags.Flag.USER)) {
			return new Flags(this.properties.processedFlag());
		}
		logger.warn("IMAP folder {} keeps no keywords; processed mail is marked as seen instead", folder.getFullName());
		return new Flags(Flags.Flag.SEEN);
	}

	/** Marks a finished mail; returns whether the folder needs an expunge. */
	private boolean mark(Store store, Folder folder, Message message, Flags marker) throws MessagingException {
		if (this.properties.processedFolder() == null) {
			message.setFlags(marker, true);
			return false;
		}
		Folder processed = store.getFolder(this.properties.processedFolder());
		if (!processed.exists()) {
			processed.create(Folder.HOLDS_MESSAGES);
		}
		folder.copyMessages(new Message[] { message }, processed);
		message.setFlag(Flags.Flag.DELETED, true);
		return true;
	}

	private Properties sessionProperties() {
		String protocol = this.properties.protocol();
		String timeout = String.valueOf(this.properties.timeout().toMillis());
		Properties session = new Properties();
		session.put("mail." + protocol + ".connectiontimeout", timeout);
		session.put("mail." + protocol + ".timeout", timeout);
		session.put("mail." + protocol + ".writetimeout", timeout);
		// Reading a mail must not mark it as read for the people who also watch the box.
		session.put("mail." + protocol + ".peek", "true");
		session.put("mail.mime.address.strict", "false");
		return session;
	}

	private static void rejectPasswordInFiles(ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof OriginTrackedMapPropertySource
					&& source.containsProperty("desk.mail-intake.password")) {
				throw new IllegalStateException("desk.mail-intake.password is set in " + source.getName()
						+ "; give it only in the environment as DESK_MAILINTAKE_PASSWORD");
			}
		}
	}

	/**
	 * The outcome of the recent polls, for the staff listing.
	 *
	 * @param failures polls in a row that could not read the mailbox
	 */
	record PollState(Instant lastPoll, Instant lastSuccess, String lastError, int failures) {
	}

}
