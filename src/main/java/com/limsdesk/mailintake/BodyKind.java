package com.limsdesk.mailintake;

/** Where the text kept from a mail came from. */
enum BodyKind {

	/** A text/plain part. */
	PLAIN,

	/** An HTML part converted to text, because the mail had no plain text. */
	HTML,

	/** The mail had no text part, only attachments or nothing. */
	NONE

}
