package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.query.InstanceForwarder;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Queries of the stores answered here or forwarded to the instance that holds the key. */
@Configuration(proxyBeanMethods = false)
class KitQueryConfiguration {

    @Bean
    StoreQueries storeQueries(StreamsRuntime streamsRuntime, ThisInstance thisInstance) {
        return new StoreQueries(streamsRuntime, thisInstance);
    }

    @Bean
    InstanceForwarder instanceForwarder(ThisInstance thisInstance, ServiceKitProperties kit) {
        return new InstanceForwarder(thisInstance, kit.forwardTimeout());
    }

    @Bean
    KeyQueryRouter keyQueryRouter(StoreQueries storeQueries, InstanceForwarder instanceForwarder) {
        return new KeyQueryRouter(storeQueries, instanceForwarder);
    }
}
