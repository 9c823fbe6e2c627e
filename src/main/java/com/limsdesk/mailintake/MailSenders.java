package com.limsdesk.mailintake;

import java.util.List;
import java.util.Optional;

import com.limsdesk.engine.SystemContext;
import com.limsdesk.identity.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Finds the desk user behind a sender address. */
@Component
class MailSenders {

	private final IdentityService identityService;

	private final SystemContext systemContext;

	MailSenders(IdentityService identityService, SystemContext systemContext) {
		this.identityService = identityService;
		this.systemContext = systemContext;
	}

	/**
	 * Returns the one user whose mail address is the sender's, compared without case.
	 * Empty when nobody has it, and also when several users share it, because the desk
	 * cannot tell which of them wrote.
	 * <p>
	 * NOTE: the From header is trusted as it arrives. The mail server in front of the
	 * mailbox must reject forged senders (SPF, DKIM, DMARC); the desk does not check
	 * them.
	 */
	Optional<UserDirectory.Person> find(String address) {
		if (address == null) {
			return Optional.empty();
		}
		// NOTE: every user is read, because the identity service compares addresses with
		// case; this suits a desk with hundreds of users, not an institute-wide
		// directory.
		List<User> matches = this.systemContext.withoutAuthorization(() -> this.identityService.createUserQuery()
			.list()
			.stream()
			.filter((user) -> user.getEmail() != null && user.getEmail().strip().equalsIgnoreCase(address))
			.toList());
		if (matches.size() != 1) {
			return Optional.empty();
		}
		User user = matches.get(0);
		return Optional
			.of(new UserDirectory.Person(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail()));
	}

}
