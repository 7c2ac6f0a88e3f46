<?php

use PHPUnit\Framework\TestCase;

final class StringsTest extends TestCase
{
    public function testUppercases(): void
    {
        $this->assertSame('ABC', strtoupper('abc'));
    }

    public function testThrowsUnexpectedly(): void
    {
        throw new RuntimeException('boom');
    }

    public function testPendingFeature(): void
    {
        // PHPUnit's nearest thing to a todo.
        $this->markTestIncomplete('pending feature');
    }
}
