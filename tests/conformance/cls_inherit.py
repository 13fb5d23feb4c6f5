# Single inheritance: overriding, super(), inherited attributes.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

class Cat(Animal):
    def speak(self):
        base = super().speak()
        return base.replace("...", "meow")

for pet in [Animal("thing"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(pet.speak(), pet.kind())
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), Puppy.__bases__, Puppy.__mro__)
print(Puppy.sound, Cat.sound)
