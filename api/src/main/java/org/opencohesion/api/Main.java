package org.opencohesion.api; public class Main { public static void main(String[] a) {} }
