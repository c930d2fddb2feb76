package org.carepath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CarepathApplication {
  public static void main(String[] args) {
    SpringApplication.run(CarepathApplication.class, args);
  }
}
