package org.liaisonhub.editorial.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.liaisonhub.catalog.Competence;
import org.liaisonhub.directory.application.DirectoryRepository;
import org.liaisonhub.directory.application.ProcedureSheetRepository;
import org.liaisonhub.directory.domain.Authority;
import org.liaisonhub.directory.domain.ContactPoint;
import org.liaisonhub.directory.domain.ProcedureSheet;
import org.liaisonhub.practices.application.PracticeRepository;
import org.liaisonhub.practices.domain.GoodPractice;
import org.liaisonhub.resources.application.NetworkResourceRepository;
import org.liaisonhub.resources.domain.NetworkResource;

/** The repositories an import uses, over maps instead of a database, for unit tests of planning and writing. */
final class StoredEntries {

    final Map<String, Authority> authorities = new LinkedHashMap<>();
    final Map<String, ContactPoint> contacts = new LinkedHashMap<>();
    final Map<String, NetworkResource> resources = new LinkedHashMap<>();
    final Map<String, GoodPractice> practices = new LinkedHashMap<>();
    final Map<String, ProcedureSheet> sheets = new LinkedHashMap<>();

    final DirectoryRepository directory = new DirectoryRepository(null) {
        @Override
        public Optional<Authority> findAuthority(String key) {
            return Optional.ofNullable(authorities.get(key));
        }

        @Override
        public Optional<ContactPoint> findContact(String key) {
            return Optional.ofNullable(contacts.get(key));
        }

        @Override
        public void add(Authority authority) {
            authorities.put(authority.getKey(), authority);
        }

        @Override
        public void add(ContactPoint contact) {
            contacts.put(contact.getKey(), contact);
        }
    };

    final NetworkResourceRepository resourceRepository = new NetworkResourceRepository(null) {
        @Override
        public Optional<NetworkResource> findByKey(String key) {
            return Optional.ofNullable(resources.get(key));
        }

        @Override
        public void add(NetworkResource resource) {
            resources.put(resource.getKey(), resource);
        }
    };

    final PracticeRepository practiceRepository = new PracticeRepository(null) {
        @Override
        public Optional<GoodPractice> findByKey(String key) {
            return Optional.ofNullable(practices.get(key));
        }

        @Override
        public void add(GoodPractice practice) {
            practices.put(practice.getKey(), practice);
        }
    };

    final ProcedureSheetRepository sheetRepository = new ProcedureSheetRepository(null) {
        @Override
        public Optional<ProcedureSheet> findByKey(String key) {
            return Optional.ofNullable(sheets.get(key));
        }

        @Override
        public Optional<ProcedureSheet> findFor(String country, Competence request) {
            return sheets.values().stream()
                    .filter(s -> s.getCountry().equals(country) && s.getRequest() == request)
                    .findFirst();
        }

        @Override
        public void add(ProcedureSheet sheet) {
            sheets.put(sheet.getKey(), sheet);
        }
    };

    ImportPlanner planner() {
        return new ImportPlanner(directory, resourceRepository, practiceRepository, sheetRepository);
    }

    ImportWriter writer() {
        return new ImportWriter(directory, resourceRepository, practiceRepository, sheetRepository);
    }
}
