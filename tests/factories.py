import factory

from accounts.models import LearningSite, Municipality, User


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Test Kommune {n}")


class LearningSiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningSite

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Sprogskole {n}")
    kind = LearningSite.Kind.LANGUAGE_SCHOOL


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    role = User.Role.LEARNER
    password = factory.PostGenerationMethodCall("set_password", "password")

    @factory.post_generation
    def sites(self, create, extracted, **kwargs):
        if create and extracted:
            self.sites.set(extracted)
        if create:
            self.save()
