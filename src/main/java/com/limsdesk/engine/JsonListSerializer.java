package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Stores {@link List} variables as JSON text with the data format
 * {@code application/json}. Tasklist reads a variable in that format as JSON, which a
 * Camunda Forms checklist needs for its options ({@code valuesKey}), and it submits the
 * checked values in the same format. The engine has no JSON format of its own without
 * Camunda Spin, which the desk does not include.
 * <p>
 * Only lists are written and read: a value is read into lists, maps, strings, numbers and
 * booleans, whatever type name the caller claims, so a submitted value cannot make the
 * engine build objects of other classes.
 */
public final class JsonListSerializer extends AbstractObjectValueSerializer {

	static final String NAME = "desk-json-list";

	public static final String DATA_FORMAT = "application/json";

	/** Type name stored with each value and the only one accepted back. */
	static final String TYPE_NAME = ArrayList.class.getName();

	private static final ObjectMapper JSON = new ObjectMapper();

	JsonListSerializer() {
		super(DATA_FORMAT);
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	protected boolean isSerializationTextBased() {
		return true;
	}

	@Override
	protected boolean canSerializeValue(Object value) {
		return value instanceof List;
	}

	@Override
	protected String getTypeNameForDeserialized(Object value) {
		return TYPE_NAME;
	}

	@Override
	protected byte[] serializeToByteArray(Object value) throws Exception {
		return JSON.writeValueAsBytes(value);
	}

	@Override
	protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
		if (!TYPE_NAME.equals(objectTypeName) && !List.class.getName().equals(objectTypeName)) {
			throw new IllegalArgumentException(
					"JSON variables must have the type " + TYPE_NAME + ", not " + objectTypeName);
		}
		return JSON.readValue(bytes, ArrayList.class);
	}

}
