package com.limsdesk.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/** Registers {@link JsonListSerializer} with the engine. */
@Component
class JsonListSerializerPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		if (configuration.getCustomPostVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPostVariableSerializers());
		}
		serializers.add(new JsonListSerializer());
		configuration.setCustomPostVariableSerializers(serializers);
	}

}
