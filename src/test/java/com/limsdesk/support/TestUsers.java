package com.limsdesk.support;

/**
 * Users of the test organisation (see application-test.yaml) with the passwords the tests
 * give them through the {@code DESK_PASSWORD_<ID>} settings.
 */
public enum TestUsers {

	ADMIN("admin"), REPORTER("reporter"), OTHER_REPORTER("reporter2"), ENGINEER("engineer"),
	OTHER_ENGINEER("engineer2"), SUPPORT("support"), MANAGER("manager"), THIRD_ENGINEER("engineer3"),
	/** The service account of the monitoring systems, in {@code integrations} only. */
	MONITORING("monitoring");

	private final String id;

	TestUsers(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** Returns the test password, which meets the engine's default password policy. */
	public String password() {
		return "Desk-Test-" + (ordinal() + 1) + "-Qz9";
	}

	/** Returns the mail address of the user in the test organisation. */
	public String email() {
		return this.id + "@example.org";
	}

	/** Returns the setting that gives this user its password at first start. */
	String passwordSetting() {
		return "DESK_PASSWORD_" + this.id.toUpperCase() + "=" + password();
	}

}
