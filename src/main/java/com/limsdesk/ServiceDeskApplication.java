package com.limsdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The LIMS O&amp;M service desk: an embedded Camunda engine with its webapps. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ServiceDeskApplication {

	public static void main(String[] args) throws IOException {
		restrictDataFolder(Path.of("data"));
		SpringApplication.run(ServiceDeskApplication.class, args);
	}

	/**
	 * Creates the folder of the embedded database and the password file readable by its
	 * owner only, since both contain password hashes and ticket content.
	 */
	static void restrictDataFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			Files.createDirectories(folder);
		}
		try {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
		catch (UnsupportedOperationException ex) {
			// NOTE: file systems without POSIX permissions (Windows) keep their default
			// access.
		}
	}

}
