package com.dealtrace;

import com.dealtrace.security.ResetAdminPasswordCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DealtraceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ResetAdminPasswordCommand.NAME.equals(args[0])) {
            System.exit(ResetAdminPasswordCommand.run(DealtraceApplication.class, args, System.out));
        }
        SpringApplication.run(DealtraceApplication.class, args);
    }
}
